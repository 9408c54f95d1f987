import type { Exercise } from '@xent/course';
import type { TestCase, TestModule } from 'vitest/node';
import { SANDBOX_ERRORS } from '../sandbox/errors.ts';
import type { CheckReport, ExerciseReport, ExerciseStatus, GradeReport } from './report-types.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escape codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Turns one exercise's finished suite into its report. Points are all or nothing and only for a
 * suite observed to run with every check passing: a crashed, empty or partly skipped suite scores 0.
 */
export function summariseExercise(
  exercise: Exercise,
  module: TestModule | undefined,
  output: string[] = [],
): ExerciseReport {
  const base = { id: exercise.id, title: exercise.title, maxScore: exercise.points };
  if (!module) {
    return {
      ...base,
      status: 'error',
      score: 0,
      durationMs: 0,
      tests: [],
      problem: 'its suite did not run',
    };
  }
  const cases = [...module.children.allTests()];
  const tests = cases.map(checkOf);
  const errorNames = cases.flatMap((c) => (c.result().errors ?? []).map((e) => e.name ?? ''));
  const moduleErrors = module.errors().map((e) => clean(e.message));
  const passed = tests.filter((t) => t.status === 'passed').length;
  const status = statusOf({
    total: cases.length,
    passed,
    errorNames,
    crashed: moduleErrors.length > 0 || (passed === cases.length && module.state() !== 'passed'),
  });
  const firstSandboxFailure = tests.find((_, i) =>
    (cases[i]?.result().errors ?? []).some(
      (e) => e.name === SANDBOX_ERRORS.load || e.name === SANDBOX_ERRORS.timeout,
    ),
  );
  const problem =
    moduleErrors[0] ??
    (status === 'error' || status === 'timeout' ? firstSandboxFailure?.message : undefined);
  return {
    ...base,
    status,
    score: status === 'passed' ? exercise.points : 0,
    durationMs: Math.round(module.diagnostic().duration),
    tests,
    ...(problem ? { problem } : {}),
    ...(output.length ? { output: shownOutput(output) } : {}),
  };
}

const CUT_MARKER = /^… \d+ more characters cut$/;

/**
 * What the report shows of an exercise's output: its first 20 lines, how many more there were, and
 * the sandbox's last "… N more characters cut" line (each new one counts everything cut so far).
 */
export function shownOutput(lines: readonly string[]): string[] {
  const marker = lines.filter((line) => CUT_MARKER.test(line)).at(-1);
  const printed = lines.filter((line) => !CUT_MARKER.test(line));
  const shown = printed.slice(0, 20);
  const more = printed.length - shown.length;
  return [...shown, ...(more > 0 ? [`… ${more} more lines`] : []), ...(marker ? [marker] : [])];
}

/** The status from what the checks showed, in order of what the learner most needs to know. */
function statusOf(seen: {
  total: number;
  passed: number;
  errorNames: string[];
  crashed: boolean;
}): ExerciseStatus {
  if (seen.errorNames.includes(SANDBOX_ERRORS.timeout)) return 'timeout';
  if (seen.errorNames.includes(SANDBOX_ERRORS.load)) return 'error';
  if (seen.crashed || seen.total === 0) return 'error';
  if (seen.passed === seen.total) return 'passed';
  if (seen.passed === 0 && seen.errorNames.includes(SANDBOX_ERRORS.notImplemented))
    return 'not-started';
  return 'failed';
}

function checkOf(testCase: TestCase): CheckReport {
  const result = testCase.result();
  if (result.state === 'passed') return { name: testCase.name, status: 'passed' };
  const error = result.errors?.[0];
  const message = error
    ? clean(error.message)
    : result.state === 'skipped'
      ? 'this check was skipped'
      : 'this check did not run';
  return { name: testCase.name, status: 'failed', message };
}

function clean(message: string): string {
  return message.replace(ANSI, '').trim();
}

/** The whole report from the exercises' reports. */
export function buildReport(target: string, exercises: ExerciseReport[]): GradeReport {
  return {
    version: 1,
    target,
    score: exercises.reduce((total, e) => total + e.score, 0),
    maxScore: exercises.reduce((total, e) => total + e.maxScore, 0),
    exercises,
  };
}
