/**
 * Mistake: computes log Σ e^z without subtracting the largest logit first, so e^(1e6) overflows to Infinity.
 * Caught by: survives logits of 1e6
 * Misconception: no-max-shift
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let loss = 0;
  let weightSum = 0;
  logits.forEach((row, n) => {
    const label = labels[n] ?? 0;
    if (label === ignoreIndex) return;
    const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z), 0));
    const w = weights[label] ?? 0;
    loss += w * (logSum - (row[label] ?? 0));
    weightSum += w;
  });
  return loss / weightSum;
}
