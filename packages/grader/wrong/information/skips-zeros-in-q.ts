/**
 * Mistake: skips a KL term whenever qᵢ = 0 "to avoid dividing by zero", so an outcome the model rules
 * out, but that happens, costs nothing instead of Infinity.
 * Caught by: KL divergence is Infinity when q rules out an outcome that p allows
 * Misconception: ignores-impossible-outcomes
 */
export function entropy(p: number[]): number {
  let total = 0;
  for (const pi of p) if (pi > 0) total -= pi * Math.log(pi);
  return total;
}

export function crossEntropyBetween(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    if (pi > 0) total -= pi * Math.log(q[i] ?? 0);
  });
  return total;
}

export function klDivergence(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    const qi = q[i] ?? 0;
    if (pi === 0 || qi === 0) return;
    total += pi * Math.log(pi / qi);
  });
  return total;
}
