/// <reference lib="webworker" />
import type { ExerciseChecks } from '@xent/grader/checks/support/define-checks.ts';
import type { Fingerprint } from '@xent/grader/checks/support/diagnose.ts';
import type { GradeRequest, WorkerMessage } from '@xent/grader/src/browser/protocol.ts';
import { serveGrading } from '@xent/grader/src/browser/worker-main.ts';

/** Each exercise's checks, one chunk each, imported when that exercise is graded. */
const CHECKS = import.meta.glob<{ default: ExerciseChecks<unknown> }>(
  '../../../../packages/grader/checks/*.ts',
);

/** The wrong implementations' recorded outputs on each exercise's probes, for the diagnosis. */
const FINGERPRINTS = import.meta.glob<{ default: Fingerprint[] }>(
  '../../../../packages/grader/checks/fingerprints/*.ts',
);

async function loadChecks(
  id: string,
): Promise<{ checks: ExerciseChecks<unknown>; fingerprints?: Fingerprint[] }> {
  const entry = Object.entries(CHECKS).find(([path]) => path.endsWith(`/checks/${id}.ts`));
  if (!entry) throw new Error(`loadChecks: the page has no checks for exercise '${id}'`);
  const recorded = Object.entries(FINGERPRINTS).find(([path]) =>
    path.endsWith(`/fingerprints/${id}.ts`),
  );
  const checks = (await entry[1]()).default;
  return recorded ? { checks, fingerprints: (await recorded[1]()).default } : { checks };
}

// Nothing the learner's code does may leave the page: the worker keeps no way to reach a network.
for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts']) {
  Object.defineProperty(globalThis, name, { value: undefined, configurable: false });
}

// The worker is started when the editor opens, named after its exercise: load those checks now.
if (self.name) void loadChecks(self.name).catch(() => undefined);

serveGrading(
  {
    post: (message: WorkerMessage) => self.postMessage(message),
    onRequest: (handler) =>
      self.addEventListener('message', (event: MessageEvent<GradeRequest>) => handler(event.data)),
  },
  loadChecks,
);
