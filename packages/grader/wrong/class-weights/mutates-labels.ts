/**
 * Mistake: replaces ignored labels by 0 in the caller's array so that the lookups below never fail, and gives those rows weight 0.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  const kept = labels.map((label) => label !== ignoreIndex);
  for (let n = 0; n < labels.length; n++) if (!kept[n]) labels[n] = 0;
  let loss = 0;
  let weightSum = 0;
  logits.forEach((row, n) => {
    const label = labels[n] ?? 0;
    const w = kept[n] ? (weights[label] ?? 0) : 0;
    const max = Math.max(...row);
    const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    loss += w * (max + logSum - (row[label] ?? 0));
    weightSum += w;
  });
  return loss / weightSum;
}
