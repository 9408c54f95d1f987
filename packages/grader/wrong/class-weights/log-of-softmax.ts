/**
 * Mistake: computes the softmax stably, then takes Math.log of the label's probability; a probability of e^(−1000) is 0 in float64 and its log is −Infinity.
 * Caught by: a gap of 1000 against the label costs about 1000
 * Misconception: naive-log
 */
export function weightedCrossEntropy(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex = -100,
): number {
  let loss = 0;
  let weightSum = 0;
  logits.forEach((row, n) => {
    const label = labels[n] ?? 0;
    if (label === ignoreIndex) return;
    const max = Math.max(...row);
    const exps = row.map((z) => Math.exp(z - max));
    const total = exps.reduce((s, e) => s + e, 0);
    const w = weights[label] ?? 0;
    loss += -w * Math.log((exps[label] ?? 0) / total);
    weightSum += w;
  });
  return loss / weightSum;
}
