// Expect: eps-over-k-minus-one (in the loss only: the targets are right)
import { logProbabilities } from './_log-softmax.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  const base = epsilon / numClasses;
  return labels.map((y) => {
    const row = new Array<number>(numClasses).fill(base);
    row[y] = 1 - epsilon + base;
    return row;
  });
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  let total = 0;
  logits.forEach((z, n) => {
    const lp = logProbabilities(z);
    const y = labels[n] ?? 0;
    let others = 0;
    for (let k = 0; k < z.length; k++) if (k !== y) others += lp[k] ?? 0;
    total += -(1 - epsilon) * (lp[y] ?? 0) - (epsilon / (z.length - 1)) * others;
  });
  return total / logits.length;
}
