// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: allocates until the heap is exhausted
 * Exercise: softmax
 * Status: timeout,error
 * Heap: 160
 */
export function softmax(logits: number[]): number[] {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1e6).fill(logits.length));
}
