// Expect: naive-log
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
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    const peak = Math.max(...z);
    const e = z.map((v) => Math.exp(v - peak));
    const s = e.reduce((a, b) => a + b, 0);
    for (let k = 0; k < z.length; k++) {
      const weight = q[n]?.[k] ?? 0;
      if (weight > 0) total -= weight * Math.log((e[k] ?? 0) / s);
    }
  }
  return total / logits.length;
}
