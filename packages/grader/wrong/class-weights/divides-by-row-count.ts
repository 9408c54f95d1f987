/**
 * Mistake: divides the weighted sum by the number of rows, as if "mean" always meant "divide by N".
 * Caught by: divides by the total weight of the labels
 * Misconception: divides-by-row-count
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let total = 0;
  logits.forEach((row, n) => {
    const label = labels[n] ?? 0;
    if (label === ignoreIndex) return;
    const max = Math.max(...row);
    const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    total += (weights[label] ?? 0) * -((row[label] ?? 0) - max - logSum);
  });
  return total / logits.length;
}
