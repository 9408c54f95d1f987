// Expect: weight-of-wrong-class
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let total = 0;
  let weightSum = 0;
  logits.forEach((row, n) => {
    const label = labels[n] as number;
    if (label === ignoreIndex) return;
    const w = weights[n] as number;
    const top = Math.max(...row);
    const lse = top + Math.log(row.reduce((s, v) => s + Math.exp(v - top), 0));
    total += w * (lse - (row[label] as number));
    weightSum += w;
  });
  return total / weightSum;
}
