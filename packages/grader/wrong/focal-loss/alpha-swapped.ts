/**
 * Mistake: gives positives the weight 1 − α and negatives α, the other way round.
 * Caught by: matches torchvision when every target is 1
 * Misconception: alpha-swapped
 */
import { crossEntropyOfLogit, mean, oneMinusPt } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    return (
      (alpha < 0 ? 1 : (1 - alpha) * t + alpha * (1 - t)) *
      oneMinusPt(x, t) ** gamma *
      crossEntropyOfLogit(x, t)
    );
  });
  return mean(losses);
}
