// Expect: only-true-class
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const size = logits.length;
  const out: number[][] = [];
  for (let n = 0; n < size; n++) {
    const z = logits[n] ?? [];
    const y = labels[n] ?? 0;
    const peak = Math.max(...z);
    let s = 0;
    for (const v of z) s += Math.exp(v - peak);
    const row = new Array<number>(z.length).fill(0);
    row[y] = (Math.exp((z[y] ?? 0) - peak) / s - 1) / size;
    out.push(row);
  }
  return out;
}
