// Expect: no-max-shift, naive-log
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
    if (y === ignoreIndex) continue;
    const row = logits[n] as number[];
    let z = 0;
    for (const v of row) z += Math.exp(v);
    const w = weights[y] as number;
    num += w * -Math.log(Math.exp(row[y] as number) / z);
    den += w;
  }
  return num / den;
}
