// Expect: divides-by-classes
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
  const terms: number[] = [];
  logits.forEach((z, n) => {
    logProbabilities(z).forEach((lp, k) => {
      terms.push(-(q[n]?.[k] ?? 0) * lp);
    });
  });
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}
