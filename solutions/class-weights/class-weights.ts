/**
 * Class imbalance and masking: weighted cross-entropy with ignored targets, as PyTorch's
 * `cross_entropy(weight=…, ignore_index=…, reduction='mean')`:
 * Σₙ w[yₙ]·(−log pₙ[yₙ]) / Σₙ w[yₙ] over the rows whose label is not `ignoreIndex`.
 * Example: weightedCrossEntropy([[0, 0], [5, 1]], [1, -100], [1, 3]) = log 2 ≈ 0.6931.
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let weightedLoss = 0;
  let totalWeight = 0;
  logits.forEach((row, n) => {
    const label = labels[n] as number;
    // An ignored label may not even be a class (−100, 255), so skip the row before using it.
    if (label === ignoreIndex) return;
    const weight = weights[label] as number;
    weightedLoss += weight * -logSoftmaxAt(row, label);
    totalWeight += weight;
  });
  // A weighted average: every weight doubled leaves it unchanged. With every row ignored this is
  // 0 / 0 = NaN, as in PyTorch: there is nothing to average.
  return weightedLoss / totalWeight;
}

/** log softmax(z)[k] = (z[k] − max) − log Σ e^(z − max), finite and accurate for logits like ±1e6. */
function logSoftmaxAt(z: number[], k: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) max = Math.max(max, v);
  let total = 0;
  for (const v of z) total += Math.exp(v - max);
  return (z[k] as number) - max - Math.log(total);
}
