// Expect: mutates-input
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i] as number;
    const t = targets[i] as number;
    const sp = (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
    logits[i] = posWeight * t * sp(-z) + (1 - t) * sp(z);
  }
  let sum = 0;
  for (const l of logits) sum += l;
  return sum / logits.length;
}
