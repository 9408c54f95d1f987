// Expect: sum-instead-of-mean
import { logSigmoid, sigma } from './_stable.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let total = 0;
  logits.forEach((x, i) => {
    const t = targets[i] ?? 0;
    const at = alpha < 0 ? 1 : alpha * t + (1 - alpha) * (1 - t);
    const q = t * sigma(-x) + (1 - t) * sigma(x);
    total -= at * q ** gamma * (t * logSigmoid(x) + (1 - t) * logSigmoid(-x));
  });
  return total;
}
