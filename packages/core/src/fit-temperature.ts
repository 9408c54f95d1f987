import { checkLabels, checkMatrix, describe } from './validate.ts';

/**
 * Temperature scaling (Guo et al. 2017): the T > 0 that minimises the mean negative log-likelihood
 * L(T) = (1/N) Σₙ −log softmax(zₙ/T)[yₙ]. With β = 1/T, L is convex in β and its derivative
 * g(β) = (1/N) Σₙ (E_{softmax(βzₙ)}[zₙ] − zₙ[yₙ]) increases with β (g′ is a mean variance), so
 * the minimiser is the one root of g, found by Newton's method kept inside a bisection bracket, to
 * about 1e-15 relative. Throws when no finite T > 0 minimises L: when every row is classified
 * correctly (L falls as T → 0) or g(0) ≥ 0 (L falls as T → ∞).
 * Example: fitTemperature([[2, 0], [0, 2]], [0, 1]) throws (no mistakes); fitTemperature(
 * [[4, 0], [4, 0], [0, 4], [4, 0]], [0, 0, 1, 1]) = 4 / ln 3 ≈ 3.641 (β = ln 3 / 4, where p = 3/4).
 */
export function fitTemperature(logits: number[][], labels: number[]): number {
  const fn = 'fitTemperature';
  const numClasses = checkMatrix(fn, 'logits', logits);
  if (logits.length === 0) throw new RangeError(`${fn}: logits is an empty batch`);
  checkLabels(fn, labels, logits, numClasses);
  logits.forEach((row, n) => {
    row.forEach((z, c) => {
      if (!Number.isFinite(z)) {
        throw new RangeError(`${fn}: logits[${n}][${c}] = ${describe(z)} is not finite`);
      }
    });
  });
  const g = (beta: number) => slope(logits, labels, beta);
  if (g(0).value >= 0) {
    throw new RangeError(
      `${fn}: the loss falls as T → ∞ (the logits rank the labels no better than chance), so no finite T minimises it`,
    );
  }
  let lo = 0;
  let hi = 1;
  while (g(hi).value <= 0) {
    lo = hi;
    hi *= 2;
    if (hi > 2 ** 60) {
      throw new RangeError(
        `${fn}: the loss falls as T → 0 (every row is classified correctly), so no T > 0 minimises it`,
      );
    }
  }
  let beta = (lo + hi) / 2;
  for (let step = 0; step < 200 && hi - lo > 1e-16 * hi; step++) {
    const { value, derivative } = g(beta);
    const newton = beta - value / derivative;
    // Converged: the Newton step is below the rounding of β.
    if (value === 0 || Math.abs(newton - beta) <= 1e-15 * beta) break;
    if (value < 0) lo = beta;
    else hi = beta;
    beta = newton > lo && newton < hi ? newton : (lo + hi) / 2;
  }
  return 1 / beta;
}

/** g(β) = (1/N) Σₙ (E_p[zₙ] − zₙ[yₙ]) with p = softmax(βzₙ), and g′(β) = (1/N) Σₙ Var_p[zₙ]. */
function slope(
  logits: number[][],
  labels: number[],
  beta: number,
): { value: number; derivative: number } {
  let value = 0;
  let derivative = 0;
  logits.forEach((row, n) => {
    let max = Number.NEGATIVE_INFINITY;
    for (const z of row) if (z > max) max = z;
    let total = 0;
    let mean = 0;
    for (const z of row) {
      const e = Math.exp(beta * (z - max));
      total += e;
      mean += e * (z - max);
    }
    mean /= total;
    let variance = 0;
    for (const z of row) {
      const d = z - max - mean;
      variance += Math.exp(beta * (z - max)) * d * d;
    }
    value += mean - ((row[labels[n] as number] as number) - max);
    derivative += variance / total;
  });
  return { value: value / logits.length, derivative: derivative / logits.length };
}
