// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: an infinite loop in the exported function
 * Exercise: ce-backward
 * Status: timeout
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  while (logits.length + labels.length >= 0) {}
  return logits;
}
