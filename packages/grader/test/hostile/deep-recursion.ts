// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
// biome-ignore-all lint: hostile learner code, written the way an attacker would
/**
 * Technique: recursion until the stack overflows
 * Exercise: softmax
 * Status: failed
 */
const down = (n: number): number => down(n + 1) + 1;
export function softmax(logits: number[]): number[] {
  return [down(0)];
}
