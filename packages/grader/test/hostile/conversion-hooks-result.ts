// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: returns objects with valueOf, toString and toJSON that pretend to be numbers
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  return logits.map(() => ({
    valueOf: () => 1 / logits.length,
    toJSON: () => 1 / logits.length,
    toString: () => '0.25',
  }));
}
