// Expect: full-epsilon-per-class
export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((y) =>
    Array.from({ length: numClasses }, (_, k) => (k === y ? 1 - epsilon : 0) + epsilon),
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
    const top = Math.max(...z);
    const lse = top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0));
    z.forEach((v, k) => {
      total += (q[n]?.[k] ?? 0) * (lse - v);
    });
  });
  return total / logits.length;
}
