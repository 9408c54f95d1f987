// Expect: eps-over-k-minus-one (in the targets only: the loss is written out right)
export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((y) => {
    const row = new Array<number>(numClasses).fill(epsilon / (numClasses - 1));
    row[y] = 1 - epsilon;
    return row;
  });
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    const top = Math.max(...z);
    const lse = top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0));
    let uniform = 0;
    for (const v of z) uniform += lse - v;
    total += (1 - epsilon) * (lse - (z[labels[n] ?? 0] ?? 0)) + (epsilon * uniform) / z.length;
  }
  return total / logits.length;
}
