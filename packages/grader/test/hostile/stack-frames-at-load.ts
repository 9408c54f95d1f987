// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: collects the call sites while the module loads, where the grader calls its factory
 * Exercise: softmax
 * Status: failed
 */
Error.prepareStackTrace = (_error, sites) => sites;
const found = new Error('frames').stack.flatMap((site) => [site.getThis(), site.getFunction()]);
for (const value of found) {
  if (value && typeof value === 'object' && 'require' in value)
    value.require('fs').writeFileSync('__CANARY__', 'x');
}
export const softmax = (logits: number[]) => logits.map(() => found.filter(Boolean).length);
