/**
 * Mistake: tests labels against the literal −100 instead of the ignoreIndex argument.
 * Caught by: uses the ignoreIndex it is given
 * Misconception: ignore-index-hard-coded
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  _ignoreIndex = -100,
): number {
  let loss = 0;
  let weightSum = 0;
  logits.forEach((row, n) => {
    const label = labels[n] ?? 0;
    if (label === -100) return;
    const max = Math.max(...row);
    const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    const w = weights[label] ?? 0;
    loss += w * (max + logSum - (row[label] ?? 0));
    weightSum += w;
  });
  return loss / weightSum;
}
