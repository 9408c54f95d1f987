// Expect: sum-instead-of-mean
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const grads: number[][] = [];
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    let top = Number.NEGATIVE_INFINITY;
    for (const v of z) top = Math.max(top, v);
    let norm = 0;
    for (const v of z) norm += Math.exp(v - top);
    const g: number[] = [];
    for (let k = 0; k < z.length; k++) {
      g.push(Math.exp((z[k] ?? 0) - top) / norm - (labels[n] === k ? 1 : 0));
    }
    grads.push(g);
  }
  return grads;
}
