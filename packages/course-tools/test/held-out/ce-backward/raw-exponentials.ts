// Expect: no-max-shift
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const out: number[][] = [];
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    let s = 0;
    for (const v of z) s += Math.exp(v);
    const row: number[] = [];
    for (let k = 0; k < z.length; k++) {
      row.push((Math.exp(z[k] ?? 0) / s - (k === labels[n] ? 1 : 0)) / logits.length);
    }
    out.push(row);
  }
  return out;
}
