// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: logs an object whose toJSON never returns, for the grader to print
 * Exercise: softmax
 * Status: timeout
 */
export function softmax(logits: number[]): number[] {
  console.log({
    toJSON() {
      for (;;) {}
    },
  });
  return logits;
}
