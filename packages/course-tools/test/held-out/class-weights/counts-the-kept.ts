// Expect: divides-by-row-count
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let total = 0;
  let count = 0;
  for (let n = 0; n < logits.length; n++) {
    const label = labels[n] as number;
    if (label === ignoreIndex) continue;
    const row = logits[n] as number[];
    const top = Math.max(...row);
    const lse = top + Math.log(row.reduce((s, v) => s + Math.exp(v - top), 0));
    total += (weights[label] as number) * (lse - (row[label] as number));
    count++;
  }
  return total / count;
}
