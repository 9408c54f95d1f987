// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: returns an array of a subclass with its own species and map
 * Exercise: softmax
 * Status: failed
 */
class Sneaky extends Array {
  static get [Symbol.species]() {
    return Array;
  }
  map() {
    return [1];
  }
}
export function softmax(logits: number[]): number[] {
  return Sneaky.from(logits.map(() => 1 / logits.length));
}
