// Expect: mutates-input
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    const peak = Math.max(...z);
    let s = 0;
    for (let k = 0; k < z.length; k++) {
      z[k] = Math.exp((z[k] ?? 0) - peak);
      s += z[k] ?? 0;
    }
    for (let k = 0; k < z.length; k++) {
      z[k] = ((z[k] ?? 0) / s - (labels[n] === k ? 1 : 0)) / logits.length;
    }
  }
  return logits.map((row) => [...row]);
}
