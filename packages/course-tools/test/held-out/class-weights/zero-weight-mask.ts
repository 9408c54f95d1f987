// Expect: ignored-label-used
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let num = 0;
  let den = 0;
  for (let n = 0; n < logits.length; n++) {
    const y = labels[n] as number;
    const row = logits[n] as number[];
    const keep = y === ignoreIndex ? 0 : 1;
    const top = Math.max(...row);
    const lse = top + Math.log(row.reduce((s, v) => s + Math.exp(v - top), 0));
    const w = keep * (weights[y] as number);
    num += w * (lse - (row[y] as number));
    den += w;
  }
  return num / den;
}
