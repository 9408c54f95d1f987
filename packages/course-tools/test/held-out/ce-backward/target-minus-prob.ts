// Expect: sign-flipped
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const inv = 1 / logits.length;
  const out: number[][] = [];
  logits.forEach((z, n) => {
    const peak = Math.max(...z);
    let s = 0;
    for (const v of z) s += Math.exp(v - peak);
    out.push(z.map((v, k) => ((k === labels[n] ? 1 : 0) - Math.exp(v - peak) / s) * inv));
  });
  return out;
}
