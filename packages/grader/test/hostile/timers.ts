// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: setTimeout, setInterval and setImmediate to run code after the call
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  setInterval(() => {}, 1);
  setTimeout(() => process.exit(0), 0);
  setImmediate(() => {});
  return logits;
}
