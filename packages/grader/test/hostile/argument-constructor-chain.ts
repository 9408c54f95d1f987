// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: climbs from an argument's constructor to Function to the grading process
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const grader = logits.constructor.constructor('return process')();
  grader.mainModule.require('fs').writeFileSync('__CANARY__', 'written by an exercise');
  return logits;
}
