/** What the wrong implementations of binary cross-entropy get right, so that each file shows only its mistake. */

/** softplus(x) = log(1 + eˣ), stable for every x: softplus(−1000) ≈ 0, softplus(1000) = 1000. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** σ(x), without overflow for large |x|: σ(0) = 0.5. */
export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** The loss of one element, pos_weight·y·softplus(−x) + (1 − y)·softplus(x): (0, 1) → ln 2. */
export function elementLoss(x: number, y: number, posWeight: number): number {
  return posWeight * y * softplus(-x) + (1 - y) * softplus(x);
}

/** Σ_i loss(x_i, y_i), with a missing target read as 0. */
export function totalLoss(
  logits: number[],
  targets: number[],
  loss: (x: number, y: number) => number,
): number {
  let total = 0;
  logits.forEach((x, i) => {
    total += loss(x, targets[i] ?? 0);
  });
  return total;
}

/** (1/N)·Σ_i loss(x_i, y_i). */
export function meanLoss(
  logits: number[],
  targets: number[],
  loss: (x: number, y: number) => number,
): number {
  return totalLoss(logits, targets, loss) / logits.length;
}
