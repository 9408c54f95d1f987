// A worker of the proof run: grades the targets it is sent with the direct runner and posts each
// report back, with the misconceptions it found (also for a passing solution, which must have none). tsx compiles the TypeScript it imports, as in the main process.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { gradeDirectly } = await import('./run-checks-directly.ts');

parentPort.on('message', async (job) => {
  const { index, exercise, file, checksFile, courseCode, alwaysDiagnose } = job;
  let diagnosed = [];
  const onDiagnosis = (found) => {
    diagnosed = found.map((d) => d.id);
  };
  const options = { courseCode, alwaysDiagnose, onDiagnosis };
  const report = await gradeDirectly(exercise, file, checksFile, options);
  parentPort.postMessage({ index, report, diagnosed });
});
