// Expect: gamma-ignored
import { logSigmoid } from './_stable.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  void gamma;
  let total = 0;
  logits.forEach((x, i) => {
    const t = targets[i] ?? 0;
    const a = alpha < 0 ? 1 : t === 1 ? alpha : 1 - alpha;
    total += a * -(t === 1 ? logSigmoid(x) : logSigmoid(-x));
  });
  return total / logits.length;
}
