// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: patches Math, Array, Object, JSON and Number built-ins the grader might use
 * Exercise: focal-loss
 * Status: failed
 */
Math.abs = () => 0;
Math.exp = () => 1;
Array.isArray = () => true;
Array.prototype.every = () => true;
Array.prototype.map = function () {
  return this;
};
Object.prototype.toString = () => 'patched';
Object.is = () => true;
JSON.stringify = () => '0';
JSON.parse = () => 0;
Number.isFinite = () => true;
export function focalLoss(): number {
  return 0;
}
