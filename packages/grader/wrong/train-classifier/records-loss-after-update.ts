/**
 * Mistake: takes the step first and records the loss of the updated model, so each loss is one epoch late.
 * Caught by: the first loss is ln K
 * Misconception: loss-after-update
 */
export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: { epochs: number; learningRate: number },
): { weights: number[][]; bias: number[]; losses: number[] } {
  const n = x.length;
  const dims = x[0]?.length ?? 0;
  const weights = Array.from({ length: numClasses }, () => new Array<number>(dims).fill(0));
  const bias = new Array<number>(numClasses).fill(0);
  const losses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gradWeights = Array.from({ length: numClasses }, () => new Array<number>(dims).fill(0));
    const gradBias = new Array<number>(numClasses).fill(0);
    x.forEach((row, i) => {
      softmax(logitsOf(weights, bias, row)).forEach((pk, k) => {
        const g = (pk - (k === y[i] ? 1 : 0)) / n;
        gradBias[k] = (gradBias[k] ?? 0) + g;
        row.forEach((v, d) => {
          const gradRow = gradWeights[k] ?? [];
          gradRow[d] = (gradRow[d] ?? 0) + g * v;
        });
      });
    });
    for (let k = 0; k < numClasses; k++) {
      const w = weights[k] ?? [];
      for (let d = 0; d < dims; d++) {
        w[d] = (w[d] ?? 0) - options.learningRate * (gradWeights[k]?.[d] ?? 0);
      }
      bias[k] = (bias[k] ?? 0) - options.learningRate * (gradBias[k] ?? 0);
    }
    const total = x.reduce(
      (sum, row, i) => sum - Math.log(softmax(logitsOf(weights, bias, row))[y[i] ?? 0] ?? 0),
      0,
    );
    losses.push(total / n);
  }
  return { weights, bias, losses };
}

export function predict(model: { weights: number[][]; bias: number[] }, x: number[][]): number[] {
  return x.map((row) => {
    const z = logitsOf(model.weights, model.bias, row);
    return z.indexOf(Math.max(...z));
  });
}

function logitsOf(weights: number[][], bias: number[], row: number[]): number[] {
  return weights.map((w, k) => w.reduce((z, wd, d) => z + wd * (row[d] ?? 0), bias[k] ?? 0));
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
