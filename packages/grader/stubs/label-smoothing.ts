/**
 * Lesson · Label smoothing (/lessons/label-smoothing/)
 *
 * `smoothLabels` mixes each one-hot target with the uniform distribution over K classes,
 * q = (1 − ε)·onehot(y) + ε·uniform. `labelSmoothingCrossEntropy` returns the batch mean of
 * −Σ_k q_k · log softmax(z)_k, the same number as PyTorch's `cross_entropy(..., label_smoothing=ε)`.
 */
export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  // TODO: implement smoothLabels and return one row of K target probabilities per label.
  void labels;
  void numClasses;
  void epsilon;
  throw new Error('TODO: implement smoothLabels');
}

/** The batch-mean cross-entropy of `logits` against the smoothed targets of `labels`. */
export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  // TODO: implement labelSmoothingCrossEntropy, stable for logits like 1000.
  void logits;
  void labels;
  void epsilon;
  throw new Error('TODO: implement labelSmoothingCrossEntropy');
}
