// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: an infinite loop at the top level of the module
 * Exercise: softmax
 * Status: timeout
 */
let spins = 0;
while (spins >= 0) spins++;
export const softmax = (logits: number[]) => logits;
