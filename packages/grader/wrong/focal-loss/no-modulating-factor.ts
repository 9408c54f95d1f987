/**
 * Mistake: leaves out the factor (1 − p_t)^γ, which gives plain α-balanced cross-entropy.
 * Caught by: well-classified examples are down-weighted
 * Misconception: gamma-ignored
 */
import { alphaT, crossEntropyOfLogit, mean } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  void gamma;
  return mean(
    logits.map((x, i) => alphaT(alpha, targets[i] ?? 0) * crossEntropyOfLogit(x, targets[i] ?? 0)),
  );
}
