// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: compiles a WebAssembly function that loops forever
 * Exercise: softmax
 * Status: failed
 */
// (module (func (export "spin") (loop (br 0))))
const bytes = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 115, 112, 105, 110, 0, 0,
  10, 9, 1, 7, 0, 3, 64, 12, 0, 11, 11,
];
export function softmax(logits: number[]): number[] {
  const module = new WebAssembly.Module(new Uint8Array(bytes));
  new WebAssembly.Instance(module).exports.spin();
  return logits;
}
