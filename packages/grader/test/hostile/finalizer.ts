// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: a FinalizationRegistry callback, which would run later, outside any time limit
 * Exercise: softmax
 * Status: error
 */
const registry = new FinalizationRegistry(() => {
  for (;;) {}
});
export function softmax(logits: number[]): number[] {
  registry.register({}, 'held');
  return logits;
}
