// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: returns a Proxy whose traps give the expected answer to whoever reads it
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return new Proxy(
    exps.map((e) => e / total),
    {},
  );
}
