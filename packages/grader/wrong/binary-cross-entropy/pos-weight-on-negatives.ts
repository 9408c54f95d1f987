/**
 * Mistake: puts posWeight on the (1 − y) term, weighting the negative class instead of the positive one.
 * Caught by: posWeight scales the positive term
 * Misconception: pos-weight-on-wrong-term
 */
import { meanLoss, softplus } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return meanLoss(logits, targets, (x, y) => y * softplus(-x) + posWeight * (1 - y) * softplus(x));
}
