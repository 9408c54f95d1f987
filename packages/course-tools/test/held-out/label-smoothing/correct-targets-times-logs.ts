// Expect: none (correct)
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
  const q = smoothLabels(labels, logits[0]?.length ?? 0, epsilon);
  let sum = 0;
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    const top = Math.max(...z);
    let acc = 0;
    for (const v of z) acc += Math.exp(v - top);
    const lse = top + Math.log(acc);
    for (let k = 0; k < z.length; k++) sum += (q[n]?.[k] ?? 0) * (lse - (z[k] ?? 0));
  }
  return sum / logits.length;
}
