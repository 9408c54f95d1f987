/**
 * Mistake: raises 2 to the loss, as if the loss were in bits; the loss is in nats, so the base is e.
 * Caught by: perplexity of a model that knows nothing is the number of classes
 * Misconception: bits-instead-of-nats
 */
import { crossEntropy } from './_parts.ts';

export { crossEntropy };

export function perplexity(logits: number[][], labels: number[]): number {
  return 2 ** crossEntropy(logits, labels);
}
