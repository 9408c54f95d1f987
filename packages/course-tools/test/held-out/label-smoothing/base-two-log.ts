// Expect: none (a mistake the catalogue does not hold: the loss in bits)
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
  const q = smoothLabels(labels, logits[0]?.length ?? 0, epsilon);
  let total = 0;
  logits.forEach((z, n) => {
    logProbabilities(z).forEach((lp, k) => {
      total -= ((q[n]?.[k] ?? 0) * lp) / Math.LN2;
    });
  });
  return total / logits.length;
}
