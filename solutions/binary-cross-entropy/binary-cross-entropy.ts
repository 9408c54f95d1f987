/**
 * Binary and multi-label classification: the mean binary cross-entropy from logits with a
 * positive-class weight, −[w₊·y·log σ(x) + (1 − y)·log(1 − σ(x))] averaged over the elements.
 * Example: bceWithLogits([0], [1]) = log 2 ≈ 0.6931.
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] as number;
    const y = targets[i] as number;
    // −log σ(x) = softplus(−x) and −log(1 − σ(x)) = −log σ(−x) = softplus(x). Written as
    // max(·, 0) + log1p(e^(−|x|)), the exponent is never positive, so nothing overflows, and no
    // probability is formed that could round to 0 or 1 before its log is taken.
    total += posWeight * y * softplus(-x) + (1 - y) * softplus(x);
  }
  return total / logits.length;
}

/** softplus(x) = log(1 + eˣ), stable for every x: softplus(−1000) ≈ 0, softplus(1000) = 1000. */
function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
