/**
 * Mistake: returns H(p, q) as the KL divergence, which is right only when p is one-hot (H(p) = 0).
 * Caught by: KL divergence of a distribution from itself is 0
 * Misconception: kl-equals-cross-entropy
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
  return crossEntropyBetween(p, q);
}
