// Expect: none (the focal catalogue holds no clipping: whatever it names is wrong)
export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let sum = 0;
  logits.forEach((x, i) => {
    const t = targets[i] ?? 0;
    const p = 1 / (1 + Math.exp(-x));
    const pt = t === 1 ? p : 1 - p;
    const w = alpha < 0 ? 1 : t === 1 ? alpha : 1 - alpha;
    sum += -w * (1 - pt) ** gamma * Math.log(Math.min(Math.max(pt, 1e-7), 1 - 1e-7));
  });
  return sum / logits.length;
}
