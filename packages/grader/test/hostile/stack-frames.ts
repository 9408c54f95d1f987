// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: prepareStackTrace hands out the call sites; takes getThis and getFunction of every frame
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  Error.prepareStackTrace = (_error, sites) => sites;
  const sites = new Error('frames').stack;
  for (const site of sites) {
    for (const value of [site.getThis(), site.getFunction()]) {
      if (value) value.constructor.constructor('return process')().exit(0);
    }
  }
  return logits.map(() => 0);
}
