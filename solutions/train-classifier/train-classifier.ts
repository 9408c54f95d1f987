/**
 * Softmax regression trained by full-batch gradient descent from zero weights: every epoch records
 * the mean cross-entropy L, then steps W and b against ∂L/∂W = (1/N) Σ_n (p_n − y_n) x_nᵀ and
 * ∂L/∂b = (1/N) Σ_n (p_n − y_n), where p_n = softmax(W x_n + b) and y_n is the one-hot label.
 */
export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: { epochs: number; learningRate: number },
): { weights: number[][]; bias: number[]; losses: number[] } {
  const n = x.length;
  const dims = x[0]?.length ?? 0;
  const weights = zeros(numClasses, dims);
  const bias = new Array<number>(numClasses).fill(0);
  const losses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gradWeights = zeros(numClasses, dims);
    const gradBias = new Array<number>(numClasses).fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const row = x[i] ?? [];
      const label = y[i] ?? 0;
      const logProbabilities = logSoftmax(logitsOf(weights, bias, row));
      total -= logProbabilities[label] ?? 0;
      for (let k = 0; k < numClasses; k++) {
        // The gradient of −log p_y with respect to z_k is p_k − [k = y]; the mean divides it by N.
        const g = (Math.exp(logProbabilities[k] ?? 0) - (k === label ? 1 : 0)) / n;
        gradBias[k] = (gradBias[k] ?? 0) + g;
        const gradRow = gradWeights[k] ?? [];
        for (let d = 0; d < dims; d++) gradRow[d] = (gradRow[d] ?? 0) + g * (row[d] ?? 0);
      }
    }
    // The loss is recorded before the step: it belongs to the parameters that produced it.
    losses.push(total / n);
    for (let k = 0; k < numClasses; k++) {
      const weightRow = weights[k] ?? [];
      const gradRow = gradWeights[k] ?? [];
      for (let d = 0; d < dims; d++) {
        weightRow[d] = (weightRow[d] ?? 0) - options.learningRate * (gradRow[d] ?? 0);
      }
      bias[k] = (bias[k] ?? 0) - options.learningRate * (gradBias[k] ?? 0);
    }
  }
  return { weights, bias, losses };
}

/** Per row of x, the first index of the largest logit W x + b. */
export function predict(model: { weights: number[][]; bias: number[] }, x: number[][]): number[] {
  return x.map((row) => {
    const logits = logitsOf(model.weights, model.bias, row);
    let best = 0;
    for (let k = 1; k < logits.length; k++) {
      if ((logits[k] ?? 0) > (logits[best] ?? 0)) best = k;
    }
    return best;
  });
}

/** The logits W x + b of one example. */
function logitsOf(weights: number[][], bias: number[], row: number[]): number[] {
  return weights.map((weightRow, k) => {
    let z = bias[k] ?? 0;
    for (let d = 0; d < row.length; d++) z += (weightRow[d] ?? 0) * (row[d] ?? 0);
    return z;
  });
}

/** log softmax(z)_k = (z_k − max) − ln Σ_j e^{z_j − max}, finite for any finite logits. */
function logSoftmax(logits: number[]): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (const z of logits) max = Math.max(max, z);
  let total = 0;
  for (const z of logits) total += Math.exp(z - max);
  const logTotal = Math.log(total);
  return logits.map((z) => z - max - logTotal);
}

/** A rows × columns matrix of zeros. */
function zeros(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}
