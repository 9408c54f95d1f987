/**
 * Mistake: clamps p to at least 1e-12 before the log "to avoid log 0", so a model that rules out an
 * outcome that happens gets a finite cost instead of Infinity.
 * Caught by: cross-entropy is Infinity when p rules out an outcome that y allows
 * Misconception: clamps-values
 */
const EPSILON = 1e-12;

export function entropy(y: number[]): number {
  let total = 0;
  for (const yi of y) if (yi > 0) total -= yi * Math.log(yi);
  return total;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    if (yi > 0) total -= yi * Math.log(Math.max(p[i] ?? 0, EPSILON));
  });
  return total;
}

export function klDivergence(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    if (yi > 0) total += yi * (Math.log(yi) - Math.log(Math.max(p[i] ?? 0, EPSILON)));
  });
  return total;
}
