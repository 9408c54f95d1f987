import type { Exercise } from '@xent/course';
import type { ExerciseReport } from '../report/report-types.ts';
import type { StopPlan } from './learner-module.ts';

/** What the page asks the worker: grade this source against this exercise's checks. */
export interface GradeRequest {
  exercise: Exercise;
  source: string;
  plan?: StopPlan;
}

/** What the worker tells the page while it grades, and at the end. */
export type WorkerMessage =
  | { type: 'load'; limitMs: number }
  | { type: 'call'; index: number; name: string; limitMs: number }
  | { type: 'return'; index: number }
  | { type: 'report'; report: ExerciseReport }
  | { type: 'crash'; message: string };

/** The two ends of a worker, whatever runs it (a Web Worker in the page, a worker thread in Node). */
export interface WorkerPort {
  post: (message: WorkerMessage) => void;
  onRequest: (handler: (request: GradeRequest) => void) => void;
}

/** The page's handle on a worker it started. */
export interface WorkerHandle {
  post: (request: GradeRequest) => void;
  onMessage: (handler: (message: WorkerMessage) => void) => void;
  onError: (handler: (message: string) => void) => void;
  terminate: () => void;
}
