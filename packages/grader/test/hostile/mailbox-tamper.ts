// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: tampers with the grader's entry points and mailbox in the realm
 * Exercise: softmax
 * Status: failed
 */
const keys = Reflect.ownKeys(globalThis).filter((key) => String(key).startsWith('__xent'));
for (const key of keys) {
  try {
    Object.freeze(globalThis[key]);
    globalThis[key] = () => '[1,[0.25,0.25,0.25,0.25],[],[],0]';
  } catch {}
}
export function softmax(logits: number[]): number[] {
  return logits.map(() => 1);
}
