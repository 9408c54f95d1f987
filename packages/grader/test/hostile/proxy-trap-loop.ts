// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: returns a Proxy whose ownKeys trap never returns
 * Exercise: softmax
 * Status: timeout
 */
export function softmax(logits: number[]): number[] {
  return new Proxy(logits, {
    ownKeys() {
      for (;;) {}
    },
  });
}
