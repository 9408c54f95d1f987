/**
 * Mistake: writes KL as Σ pᵢ ln(qᵢ/pᵢ), the ratio upside down, so the divergence comes out negative.
 * Caught by: KL divergence is never negative
 * Misconception: sign-flipped
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
    if (pi > 0) total += pi * Math.log((q[i] ?? 0) / pi);
  });
  return total;
}
