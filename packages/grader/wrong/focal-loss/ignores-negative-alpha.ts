/**
 * Mistake: always applies the α weighting, even when α < 0 should turn it off.
 * Caught by: α < 0 turns the weighting off
 * Misconception: negative-alpha-not-disabled
 */
import { crossEntropyOfLogit, mean, oneMinusPt } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    return (
      (alpha * t + (1 - alpha) * (1 - t)) * oneMinusPt(x, t) ** gamma * crossEntropyOfLogit(x, t)
    );
  });
  return mean(losses);
}
