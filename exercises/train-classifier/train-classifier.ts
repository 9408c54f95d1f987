/**
 * Lesson · Capstone: train a classifier (/lessons/capstone/)
 *
 * Softmax regression: the logits of example n are z_n = W x_n + b, with W of shape K × D and b of
 * length K, and the loss is the mean cross-entropy L = (1/N) Σ_n −log softmax(z_n)[y_n].
 * `trainSoftmaxRegression` starts from all-zero W and b and runs `epochs` steps of full-batch
 * gradient descent, W ← W − learningRate·∂L/∂W and b ← b − learningRate·∂L/∂b, recording L at the
 * start of every epoch (so `losses[0]` is ln K). Example: for 3 classes, losses[0] ≈ 1.0986.
 */
export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: { epochs: number; learningRate: number },
): { weights: number[][]; bias: number[]; losses: number[] } {
  // TODO: implement trainSoftmaxRegression and return the trained weights, bias and the losses.
  void x;
  void y;
  void numClasses;
  void options;
  throw new Error('TODO: implement trainSoftmaxRegression');
}

/**
 * The class of each row of `x` under `model`: the index of the largest logit W x + b, the first
 * one on a tie. Example: weights [[1], [-1]], bias [0, 0] and x [[2], [-3]] give [0, 1].
 */
export function predict(model: { weights: number[][]; bias: number[] }, x: number[][]): number[] {
  // TODO: implement predict and return one class index per row of x.
  void model;
  void x;
  throw new Error('TODO: implement predict');
}
