/**
 * Mistake: sums the element losses instead of averaging them.
 * Caught by: averages over the elements
 * Misconception: sum-instead-of-mean
 */
import { alphaT, crossEntropyOfLogit, oneMinusPt } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    return alphaT(alpha, t) * oneMinusPt(x, t) ** gamma * crossEntropyOfLogit(x, t);
  });
  return losses.reduce((sum, loss) => sum + loss, 0);
}
