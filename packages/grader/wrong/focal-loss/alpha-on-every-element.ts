/**
 * Mistake: multiplies every element by α instead of α for positives and 1 − α for negatives.
 * Caught by: matches torchvision when every target is 0
 * Misconception: alpha-on-every-term
 */
import { crossEntropyOfLogit, mean, oneMinusPt } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    return (alpha < 0 ? 1 : alpha) * oneMinusPt(x, t) ** gamma * crossEntropyOfLogit(x, t);
  });
  return mean(losses);
}
