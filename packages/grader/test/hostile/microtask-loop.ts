// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: a promise chain that schedules itself forever, to run after the call returns
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const again = (): Promise<void> => Promise.resolve().then(again);
  again();
  return logits;
}
