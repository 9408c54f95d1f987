// Expect: modulating-factor-on-wrong-term
import { logSigmoid, sigma } from './_stable.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] ?? 0;
    const t = targets[i] ?? 0;
    const pt = t === 1 ? sigma(x) : sigma(-x);
    const logPt = t === 1 ? logSigmoid(x) : logSigmoid(-x);
    const at = alpha < 0 ? 1 : t === 1 ? alpha : 1 - alpha;
    total -= at * pt ** gamma * logPt;
  }
  return total / logits.length;
}
