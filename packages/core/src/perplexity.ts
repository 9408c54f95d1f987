import { crossEntropy } from './cross-entropy.ts';
import { checkLabels, checkMatrix } from './validate.ts';

/**
 * Perplexity of a batch: exp of the mean cross-entropy, exp((1/N) Σₙ −log softmax(zₙ)[yₙ]), the
 * number of equally likely classes the model is as unsure as; Infinity when the exponential
 * overflows. Example: perplexity([[0, 0, 0, 0]], [2]) = 4.
 */
export function perplexity(logits: number[][], labels: number[]): number {
  const fn = 'perplexity';
  const numClasses = checkMatrix(fn, 'logits', logits);
  if (logits.length === 0) throw new RangeError(`${fn}: logits is an empty batch`);
  checkLabels(fn, labels, logits, numClasses);
  return Math.exp(crossEntropy(logits, labels));
}
