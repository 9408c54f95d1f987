/**
 * Mistake: takes the log of σ(x) and clamps it at −100, as PyTorch's binary_cross_entropy on probabilities does; a confident mistake then costs at most 100.
 * Caught by: stays accurate for logits of ±10000
 * Misconception: clamps-values
 */
import { meanLoss, sigmoid } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const safeLog = (p: number) => Math.max(Math.log(p), -100);
  return meanLoss(logits, targets, (x, y) => {
    const p = sigmoid(x);
    return -(posWeight * y * safeLog(p) + (1 - y) * safeLog(1 - p));
  });
}
