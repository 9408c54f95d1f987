/**
 * Mistake: skips ignored rows correctly but divides by how many rows are left, not by their total weight.
 * Caught by: multiplying every weight by 10 changes nothing
 * Misconception: divides-by-row-count
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let total = 0;
  let kept = 0;
  for (let n = 0; n < logits.length; n++) {
    const row = logits[n] ?? [];
    const label = labels[n] ?? 0;
    if (label === ignoreIndex) continue;
    const max = Math.max(...row);
    const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    total += (weights[label] ?? 0) * (max + logSum - (row[label] ?? 0));
    kept += 1;
  }
  return total / kept;
}
