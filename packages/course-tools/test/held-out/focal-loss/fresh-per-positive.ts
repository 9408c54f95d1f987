// Expect: none (a mistake the catalogue does not hold: normalised by the number of positives)
export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let sum = 0;
  let positives = 0;
  logits.forEach((x, i) => {
    const t = targets[i] ?? 0;
    positives += t;
    const ce = Math.max(x, 0) - x * t + Math.log1p(Math.exp(-Math.abs(x)));
    const pt = Math.exp(-ce);
    const w = alpha < 0 ? 1 : t * alpha + (1 - t) * (1 - alpha);
    sum += w * (1 - pt) ** gamma * ce;
  });
  return sum / Math.max(positives, 1);
}
