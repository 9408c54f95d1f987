// Expect: smoothing-not-applied
import { logProbabilities } from './_log-softmax.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  const out: number[][] = [];
  for (const y of labels) {
    const row = new Array<number>(numClasses).fill(epsilon / numClasses);
    row[y] = (row[y] ?? 0) + 1 - epsilon;
    out.push(row);
  }
  return out;
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  void epsilon;
  let total = 0;
  logits.forEach((z, n) => {
    total -= logProbabilities(z)[labels[n] ?? 0] ?? 0;
  });
  return total / logits.length;
}
