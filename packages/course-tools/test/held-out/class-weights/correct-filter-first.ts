// Expect: none (correct)
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  const kept = labels.flatMap((label, n) =>
    label === ignoreIndex ? [] : [{ label, row: logits[n] as number[] }],
  );
  const weightOf = kept.map(({ label }) => weights[label] as number);
  const nll = kept.map(({ label, row }) => {
    const top = row.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);
    const lse = top + Math.log(row.reduce((s, v) => s + Math.exp(v - top), 0));
    return lse - (row[label] as number);
  });
  const num = nll.reduce((s, l, i) => s + l * (weightOf[i] as number), 0);
  const den = weightOf.reduce((s, w) => s + w, 0);
  return num / den;
}
