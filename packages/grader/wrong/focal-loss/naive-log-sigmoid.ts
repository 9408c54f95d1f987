/**
 * Mistake: computes log(sigmoid(x)) and log(1 − sigmoid(x)) directly, which gives Infinity or NaN for logits in the hundreds.
 * Caught by: survives logits in the hundreds
 * Misconception: naive-log
 */
import { alphaT, mean } from './_parts.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    const p = 1 / (1 + Math.exp(-x));
    const ce = -(t * Math.log(p) + (1 - t) * Math.log(1 - p));
    const pT = p * t + (1 - p) * (1 - t);
    return alphaT(alpha, t) * (1 - pT) ** gamma * ce;
  });
  return mean(losses);
}
