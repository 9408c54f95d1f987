import type { Exercise } from '@xent/course';
import type { ExerciseReport } from '../report/report-types.ts';
import { LIMITS } from '../sandbox/limits.ts';
import type { StopPlan } from './learner-module.ts';
import type { GradeRequest, WorkerHandle, WorkerMessage } from './protocol.ts';

/** How long past a call's own limit the page waits before it stops the worker (message latency). */
export const GRACE_MS = 250;

/** How long a worker may take to start and load the checks, or to run check code between calls. */
export const IDLE_MS = 15_000;

/** How many times a run is replayed after the page stopped a call, before it gives up. */
const MAX_REPLAYS = 3;

/**
 * Grades `source` in a fresh worker from `spawn`. A call (or the loading) that does not return within
 * its limit plus a grace is stopped by terminating the worker; the run is then replayed in a new
 * worker told to report that call as timed out, so the report is the one the CLI gives for a loop.
 */
export async function gradeInWorker(
  spawn: () => WorkerHandle,
  exercise: Exercise,
  source: string,
): Promise<ExerciseReport> {
  let plan: StopPlan = {};
  for (let attempt = 0; attempt <= MAX_REPLAYS; attempt++) {
    const outcome = await runOnce(spawn, { exercise, source, plan });
    if ('report' in outcome) return outcome.report;
    if ('crash' in outcome) return crashReport(exercise, outcome.crash);
    plan = outcome.stopped;
  }
  return crashReport(
    exercise,
    'the code did not finish in time, and stopped somewhere else on every run (possible infinite loop)',
    'timeout',
  );
}

type RunOutcome = { report: ExerciseReport } | { crash: string } | { stopped: StopPlan };

function runOnce(spawn: () => WorkerHandle, request: GradeRequest): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const worker = spawn();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const finish = (outcome: RunOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const arm = (ms: number, onExpiry: () => RunOutcome) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(onExpiry()), ms);
    };
    const idle = () => ({ crash: 'the checks did not answer in time' });
    arm(IDLE_MS, idle);
    worker.onMessage((message: WorkerMessage) => {
      switch (message.type) {
        case 'load':
          arm(message.limitMs + GRACE_MS, () => ({ stopped: { stopAtLoad: true } }));
          break;
        case 'call':
          arm(message.limitMs + GRACE_MS, () => ({
            stopped: { ...request.plan, stopAtCall: message.index },
          }));
          break;
        case 'return':
          arm(IDLE_MS, idle);
          break;
        case 'report':
          finish({ report: message.report });
          break;
        case 'crash':
          finish({ crash: message.message });
          break;
      }
    });
    worker.onError((message) => finish({ crash: message }));
    worker.post(request);
  });
}

/** A report for a run that produced none: no checks ran, so no points. */
function crashReport(
  exercise: Exercise,
  problem: string,
  status: 'error' | 'timeout' = 'error',
): ExerciseReport {
  return {
    id: exercise.id,
    title: exercise.title,
    status,
    score: 0,
    maxScore: exercise.points,
    durationMs: 0,
    tests: [],
    problem,
    diagnoses: [],
  };
}

/** The per-call limit the page enforces (the CLI's), for the page to show. */
export const CALL_LIMIT_MS = LIMITS.callMs;
