// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: globalThis.constructor.constructor to make a function in the grader's realm
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const make = globalThis.constructor.constructor;
  make('return process')().exit(0);
  return logits;
}
