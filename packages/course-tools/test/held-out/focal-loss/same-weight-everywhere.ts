// Expect: alpha-on-every-term
import { logSigmoid, sigma } from './_stable.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const weight = alpha >= 0 ? alpha : 1;
  const terms = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    const ce = -(t * logSigmoid(x) + (1 - t) * logSigmoid(-x));
    const pt = t * sigma(x) + (1 - t) * sigma(-x);
    return weight * (1 - pt) ** gamma * ce;
  });
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}
