/**
 * Mistake: starts from small random-looking weights, as a deep network would, instead of from zeros.
 * Caught by: the first loss is ln K
 * Misconception: nonzero-init
 */
export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: { epochs: number; learningRate: number },
): { weights: number[][]; bias: number[]; losses: number[] } {
  const n = x.length;
  const dims = x[0]?.length ?? 0;
  const weights = Array.from({ length: numClasses }, (_, k) =>
    Array.from({ length: dims }, (_, d) => 0.01 * Math.sin(7 * k + 3 * d + 1)),
  );
  const bias = new Array<number>(numClasses).fill(0);
  const losses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gradWeights = Array.from({ length: numClasses }, () => new Array<number>(dims).fill(0));
    const gradBias = new Array<number>(numClasses).fill(0);
    let total = 0;
    x.forEach((row, i) => {
      const p = softmax(logitsOf(weights, bias, row));
      total -= Math.log(p[y[i] ?? 0] ?? 0);
      p.forEach((pk, k) => {
        const g = (pk - (k === y[i] ? 1 : 0)) / n;
        gradBias[k] = (gradBias[k] ?? 0) + g;
        const gradRow = gradWeights[k] ?? [];
        row.forEach((v, d) => {
          gradRow[d] = (gradRow[d] ?? 0) + g * v;
        });
      });
    });
    losses.push(total / n);
    weights.forEach((w, k) => {
      w.forEach((wd, d) => {
        w[d] = wd - options.learningRate * (gradWeights[k]?.[d] ?? 0);
      });
    });
    bias.forEach((b, k) => {
      bias[k] = b - options.learningRate * (gradBias[k] ?? 0);
    });
  }
  return { weights, bias, losses };
}

export function predict(model: { weights: number[][]; bias: number[] }, x: number[][]): number[] {
  return x.map((row) => {
    const z = logitsOf(model.weights, model.bias, row);
    let best = 0;
    z.forEach((zk, k) => {
      if (zk > (z[best] ?? 0)) best = k;
    });
    return best;
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
