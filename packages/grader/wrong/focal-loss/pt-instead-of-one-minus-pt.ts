/**
 * Mistake: uses p_t^γ instead of (1 − p_t)^γ, so easy examples get the largest weight.
 * Caught by: well-classified examples are down-weighted
 * Misconception: modulating-factor-on-wrong-term
 */
import { alphaT, crossEntropyOfLogit, mean, oneMinusPt } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    return alphaT(alpha, t) * (1 - oneMinusPt(x, t)) ** gamma * crossEntropyOfLogit(x, t);
  });
  return mean(losses);
}
