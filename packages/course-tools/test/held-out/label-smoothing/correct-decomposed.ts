// Expect: none (correct: (1 − ε)·NLL + ε·mean over classes of −log p)
import { logProbabilities } from './_log-softmax.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  const out: number[][] = [];
  for (const y of labels) {
    const row = new Array<number>(numClasses).fill(epsilon / numClasses);
    row[y] = (row[y] ?? 0) + (1 - epsilon);
    out.push(row);
  }
  return out;
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  let loss = 0;
  logits.forEach((z, n) => {
    const lp = logProbabilities(z);
    const uniform = -lp.reduce((a, b) => a + b, 0) / lp.length;
    loss += (1 - epsilon) * -(lp[labels[n] ?? 0] ?? 0) + epsilon * uniform;
  });
  return loss / logits.length;
}
