// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: a dynamic import() of node:fs inside the call
 * Exercise: softmax
 * Status: error
 */
export function softmax(logits: number[]): number[] {
  import('node:fs').then((fs) => fs.writeFileSync('__CANARY__', 'written by an exercise'));
  return logits;
}
