import type { Exercise } from '@xent/course';
import type { TestCase, TestModule } from 'vitest/node';
import type { Check } from '../../checks/support/define-checks.ts';
import { SANDBOX_ERRORS } from '../sandbox/errors.ts';
import type {
  CheckReport,
  Diagnosis,
  ExerciseReport,
  ExerciseStatus,
  GradeReport,
} from './report-types.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escape codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** What one check did, from any runner: passed, or failed with its error's name and message. */
export interface CheckOutcome {
  name: string;
  passed: boolean;
  errorName?: string;
  message?: string;
}

/** Runs one check and says what it did, for the runners that call checks themselves (direct and page). */
export function outcomeOfCheck(check: Check): CheckOutcome {
  try {
    check.run();
    return { name: check.name, passed: true };
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : { name: undefined, message: String(error) };
    return { name: check.name, passed: false, message, ...(name ? { errorName: name } : {}) };
  }
}

/** A whole run of one exercise's checks, from any runner. */
export interface ExerciseRun {
  outcomes: CheckOutcome[];
  /** Errors of the run itself (the checks could not be built or the suite crashed). */
  runErrors: string[];
  durationMs: number;
  /** The misconceptions the runner diagnosed after a failed check (none when all passed). */
  diagnoses?: Diagnosis[];
}

/**
 * Turns one exercise's finished Vitest suite into its report. Points are all or nothing and only for a
 * suite observed to run with every check passing: a crashed, empty or partly skipped suite scores 0.
 */
export function summariseExercise(
  exercise: Exercise,
  module: TestModule | undefined,
  output: string[] = [],
): ExerciseReport {
  if (!module) return summariseRun(exercise, undefined, output);
  const cases = [...module.children.allTests()];
  const outcomes = cases.map(outcomeOf);
  const runErrors = module.errors().map((e) => clean(e.message));
  const allPassed = outcomes.every((o) => o.passed);
  if (allPassed && outcomes.length > 0 && module.state() !== 'passed')
    runErrors.push('the suite did not finish');
  const diagnoses = (module.meta() as { diagnoses?: Diagnosis[] }).diagnoses ?? [];
  return summariseRun(
    exercise,
    { outcomes, runErrors, durationMs: module.diagnostic().duration, diagnoses },
    output,
  );
}

/** Turns a run of an exercise's checks (from any runner) into its report; no run at all is an error. */
export function summariseRun(
  exercise: Exercise,
  run: ExerciseRun | undefined,
  output: string[] = [],
): ExerciseReport {
  const base = { id: exercise.id, title: exercise.title, maxScore: exercise.points };
  if (!run) {
    return {
      ...base,
      status: 'error',
      score: 0,
      durationMs: 0,
      tests: [],
      problem: 'its suite did not run',
      diagnoses: [],
    };
  }
  const { outcomes, runErrors } = run;
  const tests: CheckReport[] = outcomes.map((o) =>
    o.passed
      ? { name: o.name, status: 'passed' }
      : { name: o.name, status: 'failed', message: clean(o.message ?? 'this check did not run') },
  );
  const errorNames = outcomes.flatMap((o) => (o.errorName ? [o.errorName] : []));
  const passed = outcomes.filter((o) => o.passed).length;
  const status = statusOf({
    total: outcomes.length,
    passed,
    errorNames,
    crashed: runErrors.length > 0,
  });
  const firstSandboxFailure = outcomes.find(
    (o) => o.errorName === SANDBOX_ERRORS.load || o.errorName === SANDBOX_ERRORS.timeout,
  );
  const problem =
    runErrors[0] ??
    (status === 'error' || status === 'timeout'
      ? clean(firstSandboxFailure?.message ?? '')
      : undefined);
  return {
    ...base,
    status,
    score: status === 'passed' ? exercise.points : 0,
    durationMs: Math.round(run.durationMs),
    tests,
    ...(problem ? { problem } : {}),
    ...(output.length ? { output: shownOutput(output) } : {}),
    diagnoses: status === 'failed' ? (run.diagnoses ?? []) : [],
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

function outcomeOf(testCase: TestCase): CheckOutcome {
  const result = testCase.result();
  if (result.state === 'passed') return { name: testCase.name, passed: true };
  const error = result.errors?.[0];
  const message = error
    ? error.message
    : result.state === 'skipped'
      ? 'this check was skipped'
      : 'this check did not run';
  return {
    name: testCase.name,
    passed: false,
    message,
    ...(error?.name ? { errorName: error.name } : {}),
  };
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
