// A worker of the proof run: grades the targets it is sent with the direct runner and posts each
// report back. tsx compiles the TypeScript it imports, as in the main process.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { gradeDirectly } = await import('./run-checks-directly.ts');

parentPort.on('message', async ({ index, exercise, file, checksFile, courseCode }) => {
  const report = await gradeDirectly(exercise, file, checksFile, { courseCode });
  parentPort.postMessage({ index, report });
});
