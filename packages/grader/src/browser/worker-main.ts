import type { ExerciseChecks } from '../../checks/support/define-checks.ts';
import type { GradeRequest, WorkerPort } from './protocol.ts';
import { gradeSource } from './run-checks.ts';

/** The check definitions of an exercise by its id (the page imports them on demand). */
export type ChecksLoader = (id: string) => Promise<ExerciseChecks<unknown>>;

/**
 * The worker's side: for each request, loads the exercise's checks, grades the source, and tells the
 * page about every call as it starts and returns (so the page can stop one that never returns).
 */
export function serveGrading(port: WorkerPort, loadChecks: ChecksLoader): void {
  port.onRequest((request) => {
    void grade(port, loadChecks, request);
  });
}

async function grade(port: WorkerPort, loadChecks: ChecksLoader, request: GradeRequest) {
  try {
    const checks = await loadChecks(request.exercise.id);
    const report = gradeSource(request.exercise, checks, request.source, {
      plan: request.plan ?? {},
      listener: {
        loadStart: (limitMs) => port.post({ type: 'load', limitMs }),
        callStart: (index, name, limitMs) => port.post({ type: 'call', index, name, limitMs }),
        callEnd: (index) => port.post({ type: 'return', index }),
      },
    });
    port.post({ type: 'report', report });
  } catch (error) {
    port.post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
  }
}
