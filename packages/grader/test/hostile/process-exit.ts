// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
// biome-ignore-all lint: hostile learner code, written the way an attacker would
/**
 * Technique: calls process.exit and process.kill to stop the grading
 * Exercise: label-smoothing
 * Status: failed
 */
export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  process.kill(process.pid);
  return [];
}
export function labelSmoothingCrossEntropy(): number {
  process.exit(0);
  return 0;
}
