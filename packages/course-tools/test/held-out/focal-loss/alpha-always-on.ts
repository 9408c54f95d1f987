// Expect: negative-alpha-not-disabled
import { logSigmoid, sigma } from './_stable.ts';

export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  const losses = logits.map((x, i) => {
    const t = targets[i] ?? 0;
    const at = t * alpha + (1 - t) * (1 - alpha);
    const q = t * sigma(-x) + (1 - t) * sigma(x);
    return -at * q ** gamma * (t * logSigmoid(x) + (1 - t) * logSigmoid(-x));
  });
  let s = 0;
  for (const l of losses) s += l;
  return s / losses.length;
}
