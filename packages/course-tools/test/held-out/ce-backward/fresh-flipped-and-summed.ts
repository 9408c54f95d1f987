// Expect: sign-flipped, sum-instead-of-mean (two mistakes at once: either is right)
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const out: number[][] = [];
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    const top = Math.max(...z);
    let s = 0;
    for (const v of z) s += Math.exp(v - top);
    out.push(z.map((v, k) => (k === labels[n] ? 1 : 0) - Math.exp(v - top) / s));
  }
  return out;
}
