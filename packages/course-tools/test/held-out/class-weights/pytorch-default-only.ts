// Expect: ignore-index-hard-coded
const IGNORED = -100;

export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
): number {
  let total = 0;
  let weightSum = 0;
  logits.forEach((row, n) => {
    const label = labels[n] as number;
    if (label === IGNORED) return;
    const w = weights[label] as number;
    const top = Math.max(...row);
    const lse = top + Math.log(row.reduce((s, v) => s + Math.exp(v - top), 0));
    total += w * (lse - (row[label] as number));
    weightSum += w;
  });
  return total / weightSum;
}
