// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: catches an error made by the engine and climbs its constructor chain
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  try {
    null.boom();
  } catch (error) {
    error.constructor.constructor('return this')().process.exit(0);
  }
  return logits;
}
