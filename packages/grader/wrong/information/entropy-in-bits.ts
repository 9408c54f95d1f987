/**
 * Mistake: uses log base 2 throughout, so every result is in bits, ln 2 times the nats asked for.
 * Caught by: entropy matches the reference on small distributions
 * Misconception: bits-instead-of-nats
 */
export function entropy(p: number[]): number {
  let total = 0;
  for (const pi of p) if (pi > 0) total -= pi * Math.log2(pi);
  return total;
}

export function crossEntropyBetween(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    if (pi > 0) total -= pi * Math.log2(q[i] ?? 0);
  });
  return total;
}

export function klDivergence(p: number[], q: number[]): number {
  return crossEntropyBetween(p, q) - entropy(p);
}
