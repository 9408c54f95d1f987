// Expect: naive-log
export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] ?? 0;
    const t = targets[i] ?? 0;
    const p = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    const pt = t === 1 ? p : 1 - p;
    const at = alpha < 0 ? 1 : t === 1 ? alpha : 1 - alpha;
    total += -at * (1 - pt) ** gamma * Math.log(pt);
  }
  return total / logits.length;
}
