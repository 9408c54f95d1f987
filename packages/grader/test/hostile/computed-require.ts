// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: a require whose name is computed, so no bundler can see it
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const name = ['f', 's'].join('');
  const load = globalThis['req' + 'uire'] ?? require;
  load(name).writeFileSync('__CANARY__', 'written by an exercise');
  return logits;
}
