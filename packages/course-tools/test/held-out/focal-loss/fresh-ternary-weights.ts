// Expect: alpha-swapped
export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] ?? 0;
    const t = targets[i] ?? 0;
    const ce = Math.max(x, 0) - x * t + Math.log1p(Math.exp(-Math.abs(x)));
    const pt = Math.exp(-ce);
    const w = alpha < 0 ? 1 : t ? 1 - alpha : alpha;
    sum += w * (1 - pt) ** gamma * ce;
  }
  return sum / logits.length;
}
