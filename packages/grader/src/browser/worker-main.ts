import type { ExerciseChecks } from '../../checks/support/define-checks.ts';
import type { Fingerprint } from '../../checks/support/diagnose.ts';
import type { GradeRequest, WorkerPort } from './protocol.ts';
import { gradeSource } from './run-checks.ts';

/** The check definitions of an exercise by its id, with its recorded fingerprints when it has probes (the page imports them on demand). */
export type ChecksLoader = (
  id: string,
) => Promise<{ checks: ExerciseChecks<unknown>; fingerprints?: Fingerprint[] }>;

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
    const { checks, fingerprints } = await loadChecks(request.exercise.id);
    const report = gradeSource(request.exercise, checks, request.source, {
      ...(fingerprints ? { fingerprints } : {}),
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
