/**
 * Mistake: computes every row's weighted loss first and multiplies by a 0/1 mask afterwards; for an ignored label such as 255, weights[255] is undefined and 0 · NaN is still NaN.
 * Caught by: an ignored label may lie outside the classes
 * Misconception: ignored-label-used
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
    const label = labels[n] as number;
    const mask = label === ignoreIndex ? 0 : 1;
    const max = Math.max(...row);
    const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    const w = weights[label] as number;
    loss += mask * w * (max + logSum - (row[label] as number));
    weightSum += mask * w;
  });
  return loss / weightSum;
}
