/**
 * Mistake: divides each exponential by the largest one instead of by their sum.
 * Caught by: probabilities sum to 1
 * Misconception: not-normalised
 */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const largest = Math.max(...exps);
  return exps.map((e) => e / largest);
}
