// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
// biome-ignore-all lint: hostile learner code, written the way an attacker would
/**
 * Technique: setters on Object.prototype and Error.prototype that loop when anything assigns to them
 * Exercise: softmax
 * Status: timeout
 */
for (const key of ['code', 'message', 'result', 'input', '0', 'length']) {
  Object.defineProperty(Object.prototype, key, {
    set() {
      for (;;) {}
    },
    configurable: true,
  });
}
export function softmax(logits: number[]): number[] {
  for (;;) {}
}
