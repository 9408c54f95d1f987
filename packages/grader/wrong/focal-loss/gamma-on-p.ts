/**
 * Mistake: raises p = σ(x) to the power γ instead of 1 − p_t, so confident correct positives are not down-weighted.
 * Caught by: well-classified examples are down-weighted
 * Misconception: modulating-factor-on-wrong-term
 */
import { alphaT, crossEntropyOfLogit, mean, sigmoid } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    return alphaT(alpha, t) * sigmoid(x) ** gamma * crossEntropyOfLogit(x, t);
  });
  return mean(losses);
}
