// Expect: none (correct)
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const out: number[][] = [];
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    let top = Number.NEGATIVE_INFINITY;
    for (const v of z) if (v > top) top = v;
    let acc = 0;
    for (const v of z) acc += Math.exp(v - top);
    const lse = top + Math.log(acc);
    const row: number[] = [];
    for (let k = 0; k < z.length; k++) {
      const p = Math.exp((z[k] ?? 0) - lse);
      row.push((p - (k === labels[n] ? 1 : 0)) / logits.length);
    }
    out.push(row);
  }
  return out;
}
