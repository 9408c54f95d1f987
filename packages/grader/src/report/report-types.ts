/** How an exercise fared. */
export type ExerciseStatus = 'passed' | 'failed' | 'not-started' | 'error' | 'timeout';

/** One named check of a hidden suite. */
export interface CheckReport {
  name: string;
  status: 'passed' | 'failed';
  message?: string;
}

/** One exercise of the report (the JSON report's `exercises[]` entries, plus what the text report shows). */
export interface ExerciseReport {
  id: string;
  title: string;
  status: ExerciseStatus;
  score: number;
  maxScore: number;
  durationMs: number;
  tests: CheckReport[];
  /** Why the whole exercise could not be graded (load error, timeout, crashed suite). */
  problem?: string;
  /** What the learner's code printed with console.log, first lines only. */
  output?: string[];
  /** The misconceptions a failing exercise's code most likely holds, best first ([] when none). */
  diagnoses: Diagnosis[];
}

/** A misconception named under a failing exercise: its catalogue id, title, nudge and lesson section URL. */
export interface Diagnosis {
  id: string;
  title: string;
  nudge: string;
  /** The section to reread: `6 · Gradients and backpropagation › The batch mean (/lessons/gradients/#the-batch-mean)`. */
  lesson: string;
}

/** The whole report, as `--json` writes it. */
export interface GradeReport {
  version: 1;
  target: string;
  score: number;
  maxScore: number;
  exercises: ExerciseReport[];
}
