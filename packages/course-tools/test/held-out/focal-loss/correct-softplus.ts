// Expect: none (correct: the cross-entropy as max(x, 0) − x·t + log(1 + e^−|x|))
export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] ?? 0;
    const t = targets[i] ?? 0;
    const ce = Math.max(x, 0) - x * t + Math.log1p(Math.exp(-Math.abs(x)));
    const p = 1 / (1 + Math.exp(-x));
    const pt = p * t + (1 - p) * (1 - t);
    let loss = ce * (1 - pt) ** gamma;
    if (alpha >= 0) loss *= alpha * t + (1 - alpha) * (1 - t);
    total += loss;
  }
  return total / logits.length;
}
