/**
 * Mistake: returns 0 when every row is ignored, as Keras does, hiding a batch that had nothing to learn from.
 * Caught by: every row ignored gives NaN
 * Misconception: all-ignored-returns-zero
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
    const max = Math.max(...row);
    const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    const w = weights[label] ?? 0;
    loss += w * (max + logSum - (row[label] ?? 0));
    weightSum += w;
  });
  return weightSum === 0 ? 0 : loss / weightSum;
}
