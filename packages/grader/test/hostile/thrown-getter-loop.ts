// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: throws an object whose message getter never returns, for the grader to read
 * Exercise: softmax
 * Status: timeout
 */
export function softmax(): number[] {
  throw {
    name: 'Trap',
    get message() {
      for (;;) {}
    },
  };
}
