// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: an async function that awaits in a loop forever after the call returns
 * Exercise: softmax
 * Status: failed
 */
async function spin(): Promise<void> {
  for (;;) await 0;
}
export function softmax(logits: number[]): number[] {
  spin();
  return logits;
}
