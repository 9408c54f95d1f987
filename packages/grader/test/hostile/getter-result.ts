// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: returns an array whose elements are getters that would never return if read
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const out = logits.map(() => 0);
  for (let i = 0; i < out.length; i++)
    Object.defineProperty(out, i, {
      get() {
        for (;;) {}
      },
    });
  return out;
}
