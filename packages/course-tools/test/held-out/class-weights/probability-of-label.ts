// Expect: naive-log
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let total = 0;
  let weightSum = 0;
  for (let n = 0; n < logits.length; n++) {
    const label = labels[n] as number;
    if (label === ignoreIndex) continue;
    const row = logits[n] as number[];
    const top = Math.max(...row);
    const e = row.map((v) => Math.exp(v - top));
    const p = (e[label] as number) / e.reduce((s, v) => s + v, 0);
    const w = weights[label] as number;
    total -= w * Math.log(p);
    weightSum += w;
  }
  return total / weightSum;
}
