/**
 * Mistake: returns the shifted exponentials and forgets to normalise them.
 * Caught by: probabilities sum to 1
 * Misconception: not-normalised
 */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  return logits.map((z) => Math.exp(z - max));
}
