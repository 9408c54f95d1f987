/**
 * Lesson · Class imbalance and masking (/lessons/imbalance-and-masking/)
 *
 * Weighted cross-entropy with ignored targets, as PyTorch's
 * `cross_entropy(logits, labels, weight=weights, ignore_index=ignoreIndex)`: each row n whose label
 * is not `ignoreIndex` costs weights[yₙ] · (−log softmax(zₙ)[yₙ]); the result is the sum of those
 * costs divided by the sum of the weights[yₙ] of the same rows, and NaN when every row is ignored.
 * Example: weightedCrossEntropy([[0, 0], [5, 1]], [1, -100], [1, 3]) = log 2 ≈ 0.6931.
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  // TODO: implement weightedCrossEntropy; skip ignored rows and stay finite for logits like 1e6.
  void logits;
  void labels;
  void weights;
  void ignoreIndex;
  throw new Error('TODO: implement weightedCrossEntropy');
}
