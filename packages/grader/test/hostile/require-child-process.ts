// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
// biome-ignore-all lint: hostile learner code, written the way an attacker would
/**
 * Technique: require('child_process') to run a shell command
 * Exercise: softmax
 * Status: error
 */
export function softmax(logits: number[]): number[] {
  const { execSync } = require('child_process');
  execSync('touch __CANARY__');
  return logits;
}
