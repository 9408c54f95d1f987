/**
 * Lesson · Softmax and temperature (/lessons/softmax/)
 *
 * Turn a vector of logits z into probabilities: p_i = exp(z_i) / Σ_j exp(z_j).
 * The result must be finite even for logits like 1000 or −1000, and the input must not change.
 */
export function softmax(logits: number[]): number[] {
  // TODO: implement softmax and return a new array of probabilities.
  void logits;
  throw new Error('TODO: implement softmax');
}
