/**
 * Mistake: sums p·ln p over every outcome, so an outcome with p = 0 adds 0 · −Infinity = NaN.
 * Caught by: zero probabilities contribute nothing to the entropy
 * Misconception: zero-log-zero-nan
 */
export function entropy(p: number[]): number {
  return -p.reduce((sum, pi) => sum + pi * Math.log(pi), 0);
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
    if (pi > 0) total += pi * Math.log(pi / (q[i] ?? 0));
  });
  return total;
}
