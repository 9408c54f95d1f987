// Expect: true-class-gets-no-share
import { logProbabilities } from './_log-softmax.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  const out: number[][] = [];
  for (const y of labels) {
    const row: number[] = [];
    for (let k = 0; k < numClasses; k++) row.push(k === y ? 1 - epsilon : epsilon / numClasses);
    out.push(row);
  }
  return out;
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  const q = smoothLabels(labels, logits[0]?.length ?? 0, epsilon);
  let total = 0;
  for (let n = 0; n < logits.length; n++) {
    const lp = logProbabilities(logits[n] ?? []);
    for (let k = 0; k < lp.length; k++) total -= (q[n]?.[k] ?? 0) * (lp[k] ?? 0);
  }
  return total / logits.length;
}
