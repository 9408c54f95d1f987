/**
 * Mistake: defaults to α = 0.5 and γ = 1 instead of torchvision’s α = 0.25 and γ = 2.
 * Caught by: uses α = 0.25 and γ = 2 by default
 * Misconception: wrong-defaults
 */
import { alphaT, crossEntropyOfLogit, mean, oneMinusPt } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.5, gamma = 1): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    return alphaT(alpha, t) * oneMinusPt(x, t) ** gamma * crossEntropyOfLogit(x, t);
  });
  return mean(losses);
}
