// Expect: sum-instead-of-mean
import { logProbabilities } from './_log-softmax.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((y) =>
    Array.from(
      { length: numClasses },
      (_, k) => epsilon / numClasses + (k === y ? 1 - epsilon : 0),
    ),
  );
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  let loss = 0;
  logits.forEach((z, n) => {
    const lp = logProbabilities(z);
    const mean = lp.reduce((a, b) => a + b, 0) / lp.length;
    loss += -(1 - epsilon) * (lp[labels[n] ?? 0] ?? 0) - epsilon * mean;
  });
  return loss;
}
