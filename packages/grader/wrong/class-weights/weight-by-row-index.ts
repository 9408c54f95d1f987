/**
 * Mistake: takes the weight of row n as weights[n], as if there were one weight per example, instead of the weight of its label's class.
 * Caught by: weights each row by its label's class
 * Misconception: weight-of-wrong-class
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
    const w = weights[n] ?? 1;
    loss += w * (max + logSum - (row[label] ?? 0));
    weightSum += w;
  });
  return loss / weightSum;
}
