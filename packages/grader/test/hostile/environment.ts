// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
// biome-ignore-all lint: hostile learner code, written the way an attacker would
/**
 * Technique: reads the environment (tokens, paths) and returns it
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const env = process?.env ?? globalThis.env;
  return [env.HOME, env.GITHUB_TOKEN];
}
