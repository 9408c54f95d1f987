// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: prints megabytes, one huge line and thousands of lines
 * Exercise: softmax
 * Status: failed,timeout
 */
export function softmax(logits: number[]): number[] {
  console.log('x'.repeat(4_000_000));
  for (let i = 0; i < 5000; i++) console.error(`line ${i} `.repeat(20));
  return logits;
}
