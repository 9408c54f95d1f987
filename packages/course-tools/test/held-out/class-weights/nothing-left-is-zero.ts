// Expect: all-ignored-returns-zero
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  const rows = logits.filter((_, n) => labels[n] !== ignoreIndex);
  const ys = labels.filter((y) => y !== ignoreIndex);
  if (rows.length === 0) return 0;
  let num = 0;
  let den = 0;
  rows.forEach((row, i) => {
    const y = ys[i] as number;
    const top = Math.max(...row);
    const lse = top + Math.log(row.reduce((s, v) => s + Math.exp(v - top), 0));
    num += (weights[y] as number) * (lse - (row[y] as number));
    den += weights[y] as number;
  });
  return num / den;
}
