// Expect: none (correct)
import { logSigmoid, sigma } from './_stable.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const terms = logits.map((x, i) => {
    const positive = (targets[i] ?? 0) === 1;
    const ce = -(positive ? logSigmoid(x) : logSigmoid(-x));
    const miss = positive ? sigma(-x) : sigma(x);
    const weight = alpha < 0 ? 1 : positive ? alpha : 1 - alpha;
    return weight * miss ** gamma * ce;
  });
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}
