import { fileURLToPath } from 'node:url';
import { exercises } from '@xent/course';
import type { AstroIntegration } from 'astro';
import { coverageProblems, findCardUses } from '../lib/exercise-coverage.ts';

/** Fails the build unless every manifest exercise is shown exactly once, on its own lesson. */
export default function exerciseCoverage(): AstroIntegration {
  return {
    name: 'xent:exercise-coverage',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const lessonsDir = fileURLToPath(new URL('content/docs/lessons/', config.srcDir));
        const problems = coverageProblems(exercises, findCardUses(lessonsDir));
        if (problems.length === 0) {
          logger.info(`${exercises.length} exercises, each shown once on its lesson`);
          return;
        }
        const report = problems.map((problem) => `  - ${problem}`).join('\n');
        if (command === 'build') throw new Error(`Exercise coverage check failed:\n${report}`);
        logger.warn(`exercise coverage problems (the build will fail):\n${report}`);
      },
    },
  };
}
