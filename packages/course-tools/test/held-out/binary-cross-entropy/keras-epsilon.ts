// Expect: clamps-values
const EPS = 1e-7;

function clip(p: number): number {
  if (p < EPS) return EPS;
  if (p > 1 - EPS) return 1 - EPS;
  return p;
}

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = clip(1 / (1 + Math.exp(-(logits[i] as number))));
    const t = targets[i] as number;
    total += -posWeight * t * Math.log(p) - (1 - t) * Math.log(1 - p);
  }
  return total / logits.length;
}
