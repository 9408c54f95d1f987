// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: Atomics.wait on shared memory that nobody will ever notify
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  return logits;
}
