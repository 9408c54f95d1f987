// Expect: clamps-values
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const tiny = 1e-12;
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = 1 / (1 + Math.exp(-(logits[i] as number)));
    const t = targets[i] as number;
    total -=
      posWeight * t * Math.log(Math.max(p, tiny)) + (1 - t) * Math.log(Math.max(1 - p, tiny));
  }
  return total / logits.length;
}
