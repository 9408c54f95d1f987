/**
 * Mistake: weights the terms by q and takes the log of p, −Σ qᵢ ln pᵢ, reading H(p, q) as "model first".
 * Caught by: cross-entropy weights by p and takes the log of q
 * Misconception: swapped-arguments
 */
export function entropy(p: number[]): number {
  let total = 0;
  for (const pi of p) if (pi > 0) total -= pi * Math.log(pi);
  return total;
}

export function crossEntropyBetween(p: number[], q: number[]): number {
  let total = 0;
  q.forEach((qi, i) => {
    if (qi > 0) total -= qi * Math.log(p[i] ?? 0);
  });
  return total;
}

export function klDivergence(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    if (pi > 0) total += pi * Math.log(pi / (q[i] ?? 0));
  });
  return total;
}
