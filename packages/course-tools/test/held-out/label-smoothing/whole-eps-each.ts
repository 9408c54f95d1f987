// Expect: full-epsilon-per-class
import { logProbabilities } from './_log-softmax.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((y) => {
    const row: number[] = [];
    for (let k = 0; k < numClasses; k++) row.push(k === y ? 1 - epsilon : epsilon);
    return row;
  });
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  const q = smoothLabels(labels, logits[0]?.length ?? 0, epsilon);
  let total = 0;
  logits.forEach((z, n) => {
    logProbabilities(z).forEach((lp, k) => {
      total -= (q[n]?.[k] ?? 0) * lp;
    });
  });
  return total / logits.length;
}
