// Expect: smoothing-not-applied, sum-instead-of-mean (two mistakes at once: either is right)
export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((y) =>
    Array.from(
      { length: numClasses },
      (_, k) => (k === y ? 1 - epsilon : 0) + epsilon / numClasses,
    ),
  );
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  void epsilon;
  let total = 0;
  logits.forEach((z, n) => {
    const top = Math.max(...z);
    const lse = top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0));
    total += lse - (z[labels[n] ?? 0] ?? 0);
  });
  return total;
}
