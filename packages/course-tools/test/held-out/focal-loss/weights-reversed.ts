// Expect: alpha-swapped
import { logSigmoid, sigma } from './_stable.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] ?? 0;
    const positive = targets[i] === 1;
    const ce = positive ? -logSigmoid(x) : -logSigmoid(-x);
    const miss = positive ? sigma(-x) : sigma(x);
    const weight = alpha < 0 ? 1 : positive ? 1 - alpha : alpha;
    total += weight * miss ** gamma * ce;
  }
  return total / logits.length;
}
