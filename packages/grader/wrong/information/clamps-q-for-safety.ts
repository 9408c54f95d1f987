/**
 * Mistake: clamps q to at least 1e-12 before the log "to avoid log 0", so a model that rules out an
 * outcome that happens gets a finite cost instead of Infinity.
 * Caught by: cross-entropy is Infinity when q rules out an outcome that p allows
 * Misconception: clamps-values
 */
const EPSILON = 1e-12;

export function entropy(p: number[]): number {
  let total = 0;
  for (const pi of p) if (pi > 0) total -= pi * Math.log(pi);
  return total;
}

export function crossEntropyBetween(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    if (pi > 0) total -= pi * Math.log(Math.max(q[i] ?? 0, EPSILON));
  });
  return total;
}

export function klDivergence(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    if (pi > 0) total += pi * (Math.log(pi) - Math.log(Math.max(q[i] ?? 0, EPSILON)));
  });
  return total;
}
