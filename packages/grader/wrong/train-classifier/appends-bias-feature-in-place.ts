/**
 * Mistake: folds the bias into the weights by pushing a constant feature 1 onto every row of the caller's x.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: { epochs: number; learningRate: number },
): { weights: number[][]; bias: number[]; losses: number[] } {
  for (const row of x) row.push(1);
  const n = x.length;
  const width = x[0]?.length ?? 0;
  const augmented = Array.from({ length: numClasses }, () => new Array<number>(width).fill(0));
  const losses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = Array.from({ length: numClasses }, () => new Array<number>(width).fill(0));
    let total = 0;
    x.forEach((row, i) => {
      const p = softmax(augmented.map((w) => w.reduce((z, wd, d) => z + wd * (row[d] ?? 0), 0)));
      total -= Math.log(p[y[i] ?? 0] ?? 0);
      p.forEach((pk, k) => {
        const g = (pk - (k === y[i] ? 1 : 0)) / n;
        const gradRow = grad[k] ?? [];
        row.forEach((v, d) => {
          gradRow[d] = (gradRow[d] ?? 0) + g * v;
        });
      });
    });
    losses.push(total / n);
    augmented.forEach((w, k) => {
      w.forEach((wd, d) => {
        w[d] = wd - options.learningRate * (grad[k]?.[d] ?? 0);
      });
    });
  }
  return {
    weights: augmented.map((w) => w.slice(0, width - 1)),
    bias: augmented.map((w) => w[width - 1] ?? 0),
    losses,
  };
}

export function predict(model: { weights: number[][]; bias: number[] }, x: number[][]): number[] {
  return x.map((row) => {
    const z = model.weights.map((w, k) =>
      w.reduce((sum, wd, d) => sum + wd * (row[d] ?? 0), model.bias[k] ?? 0),
    );
    return z.indexOf(Math.max(...z));
  });
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
