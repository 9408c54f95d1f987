// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
// biome-ignore-all lint: hostile learner code, written the way an attacker would
/**
 * Technique: reads the caller of the exported function to reach the grader's frames
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  let frame = softmax.caller ?? arguments.callee.caller;
  while (frame) {
    frame.constructor('return process')().exit(0);
    frame = frame.caller;
  }
  return logits;
}
