import { type BinaryLossOptions, checkBinaryArguments } from './binary-options.ts';
import { gradientScale, type LossResult, type Reduction, reduce } from './reduction.ts';

export type { BinaryLossOptions } from './binary-options.ts';

/** PyTorch clamps each log term of binary cross-entropy at −100, so one element costs at most 100. */
const LOG_FLOOR = -100;
/**
 * PyTorch's floor for p·(1 − p) in the gradient, so p = 0 or 1 gives a large but finite slope.
 * PyTorch declares it as a float32 constant, so it is 1e-12 rounded to float32, not 1e-12 itself.
 */
const GRADIENT_EPSILON = Math.fround(1e-12);

/**
 * Binary cross-entropy on probabilities, as `torch.nn.functional.binary_cross_entropy`:
 * ℓᵢ = −wᵢ·(yᵢ·max(log pᵢ, −100) + (1 − yᵢ)·max(log(1 − pᵢ), −100)).
 * Example: binaryCrossEntropy([0.5], [1]) = log 2 ≈ 0.6931.
 */
export function binaryCrossEntropy<R extends Reduction = 'mean'>(
  probs: number[],
  target: number[],
  options: BinaryLossOptions & { reduction?: R } = {},
): LossResult<R> {
  const { reduction, weightAt } = checkArguments('binaryCrossEntropy', probs, target, options);
  const losses = probs.map((p, i) => {
    const y = target[i] as number;
    const logP = Math.max(Math.log(p), LOG_FLOOR);
    const log1mP = Math.max(Math.log1p(-p), LOG_FLOOR);
    return -weightAt(i) * (y * logP + (1 - y) * log1mP);
  });
  return reduce(losses, reduction) as LossResult<R>;
}

/**
 * Gradient of `binaryCrossEntropy` with respect to the probabilities, as PyTorch computes it:
 * ∂ℓᵢ/∂pᵢ = wᵢ·(pᵢ − yᵢ) / max(pᵢ·(1 − pᵢ), 1e-12). Example: binaryCrossEntropyBackward([0.5], [1]) = [−2].
 */
export function binaryCrossEntropyBackward(
  probs: number[],
  target: number[],
  options: BinaryLossOptions = {},
): number[] {
  const { reduction, weightAt } = checkArguments(
    'binaryCrossEntropyBackward',
    probs,
    target,
    options,
  );
  const scale = gradientScale(reduction, probs.length);
  return probs.map((p, i) => {
    const y = target[i] as number;
    return (weightAt(i) * (p - y) * scale) / Math.max(p * (1 - p), GRADIENT_EPSILON);
  });
}

function checkArguments(fn: string, probs: number[], target: number[], options: BinaryLossOptions) {
  const checked = checkBinaryArguments(fn, 'probs', probs, target, options);
  probs.forEach((p, i) => {
    if (!(p >= 0 && p <= 1))
      throw new RangeError(`${fn}: probs[${i}] = ${p} is not a probability in [0, 1]`);
  });
  target.forEach((y, i) => {
    if (!(y >= 0 && y <= 1)) throw new RangeError(`${fn}: target[${i}] = ${y} is outside [0, 1]`);
  });
  return checked;
}
