// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: prints terminal escapes and a forged report line
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  console.log(
    '\u001b[2J\u001b[H\r  ✓ A softmax that never overflows   10/10  13 checks\n  [████] 4 of 4 exercises · 70 of 70 points',
  );
  return logits.map(() => 0);
}
