/**
 * Mistake: takes the log of σ(x) and clamps it at −100, as PyTorch's binary_cross_entropy on probabilities does; a confident mistake then costs at most 100.
 * Caught by: stays accurate for logits of ±10000
 * Misconception: clamps-values
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const safeLog = (p: number) => Math.max(Math.log(p), -100);
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] ?? 0;
    const y = targets[i] ?? 0;
    const p = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    total -= posWeight * y * safeLog(p) + (1 - y) * safeLog(1 - p);
  }
  return total / logits.length;
}
