import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Exercise } from '@xent/course';
import type { UserConsoleLog } from 'vitest';
import type { Plugin } from 'vitest/config';
import type { TestModule, Vitest } from 'vitest/node';
import type { ExerciseBundle } from '../sandbox/bundle-exercise.ts';
import type { ExerciseSpec } from '../sandbox/load-exercise.ts';
import { exerciseModules } from './exercise-plugin.ts';
import { COURSE_BUNDLE, GRADER_ROOT, suiteFile } from './paths.ts';

const NO_NETWORK = path.join(GRADER_ROOT, 'src', 'runner', 'no-network.ts');

/** One folder (or set of files) to grade: each exercise with the file that implements it. */
export interface GradeTarget {
  label: string;
  exercises: Array<{ exercise: Exercise; file: string }>;
}

/** The finished test modules of one target, keyed by exercise id. */
export type SuiteResults = Map<string, TestModule>;

/** Options for a grading run. */
export interface RunOptions {
  /** Called as each exercise's suite finishes (for progress output). */
  onExerciseDone?: (target: string, id: string, module: TestModule) => void;
  /** Called with each line an exercise's code printed with console.log. */
  onExerciseOutput?: (target: string, id: string, line: string) => void;
  /** Exercise files compiled beforehand, by file (the restricted grading process cannot run esbuild). */
  bundles?: ReadonlyMap<string, ExerciseBundle>;
  /** The grader's TypeScript compiled beforehand, by file: Vite's own TypeScript step is then off. */
  precompiled?: ReadonlyMap<string, string>;
}

/**
 * Runs the hidden suites of every target in one Vitest run (one project per target, so each target's
 * `@exercise/<id>` alias points at its own files) and returns the test modules per target.
 */
export async function runSuites(
  targets: GradeTarget[],
  options: RunOptions = {},
): Promise<Map<string, SuiteResults>> {
  const vitest = await createGradingVitest(targets, options);
  try {
    await vitest.start();
    return collect(vitest, targets);
  } finally {
    await vitest.close();
  }
}

/** A Vitest instance set up to grade `targets`, with the grader's own configuration only. */
export async function createGradingVitest(
  targets: GradeTarget[],
  options: RunOptions = {},
): Promise<Vitest> {
  const silent = new PassThrough();
  silent.resume();
  // loaded here, not at the top: `grade` itself never needs Vitest, only the process it grades in
  const { createVitest } = await import('vitest/node');
  const vitest: Vitest = await createVitest(
    'test',
    {
      root: GRADER_ROOT,
      config: false,
      watch: false,
      reporters: [
        {
          onTestModuleEnd(module: TestModule) {
            const id = exerciseIdOf(module.moduleId);
            if (id) options.onExerciseDone?.(module.project.name, id, module);
          },
          onUserConsoleLog(log: UserConsoleLog) {
            const module = log.taskId ? vitest.state.idMap.get(log.taskId)?.file : undefined;
            const id = module ? exerciseIdOf(module.filepath) : undefined;
            const project = module?.projectName ?? '';
            if (!id) return;
            for (const line of log.content.replace(/\n$/, '').split('\n')) {
              const tag = `[${id}] `;
              if (line.startsWith(tag))
                options.onExerciseOutput?.(project, id, line.slice(tag.length));
            }
          },
        },
      ],
      projects: targets.map((target) => ({
        plugins: [
          exerciseModules(specsOf(target), options.bundles),
          ...(options.precompiled ? [precompiledTypeScript(options.precompiled)] : []),
        ],
        resolve: { alias: { '@xent/course': COURSE_BUNDLE } },
        ...(options.precompiled ? { esbuild: false as const } : {}),
        test: {
          name: target.label,
          root: GRADER_ROOT,
          include: target.exercises.map(({ exercise }) => suiteFile(exercise.id)),
          pool: 'threads',
          // the restricted grading process also takes the network away from its workers
          ...(options.precompiled ? { setupFiles: [NO_NETWORK] } : {}),
          testTimeout: 15_000,
          hookTimeout: 15_000,
          isolate: false,
        },
      })),
    },
    { logLevel: 'silent', clearScreen: false },
    { stdout: silent, stderr: silent },
  );
  return vitest;
}

/** Serves the grader's TypeScript files from code compiled before the run, so Vite needs no esbuild. */
function precompiledTypeScript(code: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'xent-precompiled-typescript',
    enforce: 'pre',
    load(id) {
      const compiled = code.get(id.split('?')[0] as string);
      return compiled === undefined ? null : { code: compiled, map: null };
    },
  };
}

/** The test modules of a finished run, grouped by target label and exercise id. */
export function collect(vitest: Vitest, targets: GradeTarget[]): Map<string, SuiteResults> {
  const results = new Map<string, SuiteResults>(targets.map((target) => [target.label, new Map()]));
  for (const module of vitest.state.getTestModules()) {
    const id = exerciseIdOf(module.moduleId);
    if (id) results.get(module.project.name)?.set(id, module);
  }
  return results;
}

function specsOf(target: GradeTarget): Record<string, ExerciseSpec> {
  return Object.fromEntries(
    target.exercises.map(({ exercise, file }) => [
      exercise.id,
      { id: exercise.id, file, exports: exercise.exports },
    ]),
  );
}

function exerciseIdOf(moduleId: string): string | undefined {
  return /[\\/]suites[\\/]([a-z0-9-]+)\.test\.ts$/.exec(moduleId)?.[1];
}
