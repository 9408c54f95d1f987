// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: fetch() to a server on the loopback address
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  fetch('http://127.0.0.1:__PORT__/softmax');
  return logits;
}
