/**
 * Lesson · Binary and multi-label classification (/lessons/binary-cross-entropy/)
 *
 * Mean binary cross-entropy from logits: each element costs
 * −[posWeight · y · log σ(x) + (1 − y) · log(1 − σ(x))], and the result is the mean over elements.
 * Targets y lie in [0, 1] (soft targets allowed); posWeight > 0 weights the positive term only.
 * It must stay accurate for logits up to ±10000, without clamping, and leave its inputs unchanged.
 * Example: bceWithLogits([0], [1]) = log 2 ≈ 0.6931.
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  // TODO: implement bceWithLogits; never take the log of a sigmoid that may round to 0 or 1.
  void logits;
  void targets;
  void posWeight;
  throw new Error('TODO: implement bceWithLogits');
}
