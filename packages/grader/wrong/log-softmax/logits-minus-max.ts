/**
 * Mistake: takes zᵢ − max as the log-probabilities, believing the max shift is the whole of
 * log-softmax; the normaliser ln Σ e^{z − max} is left out, so the probabilities do not sum to 1.
 * Caught by: the probabilities of logSoftmax sum to 1
 * Misconception: forgets-normaliser
 */
export { logSumExp } from './_parts.ts';

export function logSoftmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  return logits.map((z) => z - max);
}
