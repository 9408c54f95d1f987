// Expect: ties-to-last
type Model = { weights: number[][]; bias: number[] };

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
const scores = (m: Model, row: number[]) => m.weights.map((w, k) => dot(w, row) + (m.bias[k] ?? 0));

function probabilities(z: number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
}

export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: { epochs: number; learningRate: number },
): { weights: number[][]; bias: number[]; losses: number[] } {
  const dims = x[0]?.length ?? 0;
  let model: Model = {
    weights: Array.from({ length: numClasses }, () => Array.from({ length: dims }, () => 0)),
    bias: Array.from({ length: numClasses }, () => 0),
  };
  const meanLoss = (m: Model) =>
    x.reduce((s, row, n) => s - Math.log(probabilities(scores(m, row))[y[n] ?? 0] ?? 0), 0) /
    x.length;
  const losses: number[] = [];
  for (let t = 0; t < options.epochs; t++) {
    losses.push(meanLoss(model));
    const errors = x.map((row, n) =>
      probabilities(scores(model, row)).map((p, k) => p - (k === y[n] ? 1 : 0)),
    );
    const scale = 1 / x.length;
    const gw = model.weights.map((_, k) =>
      Array.from(
        { length: dims },
        (_, d) => scale * errors.reduce((s, e, n) => s + (e[k] ?? 0) * (x[n]?.[d] ?? 0), 0),
      ),
    );
    const gb = model.bias.map((_, k) => scale * errors.reduce((s, e) => s + (e[k] ?? 0), 0));
    const r = options.learningRate;
    model = {
      weights: model.weights.map((w, k) => w.map((v, d) => v - r * (gw[k]?.[d] ?? 0))),
      bias: model.bias.map((b, k) => b - r * (gb[k] ?? 0)),
    };
  }
  return { weights: model.weights, bias: model.bias, losses };
}

export function predict(model: Model, x: number[][]): number[] {
  return x.map((row) =>
    scores(model, row).reduce((best, v, k, z) => (v >= (z[best] ?? 0) ? k : best), 0),
  );
}
