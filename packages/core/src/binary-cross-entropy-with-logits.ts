import { type BinaryLossOptions, checkBinaryArguments } from './binary-options.ts';
import { gradientScale, type LossResult, type Reduction, reduce } from './reduction.ts';
import { sigmoid, softplus } from './sigmoid.ts';
import { checkVector, describe } from './validate.ts';

/** Options of the binary cross-entropy from logits. */
export interface BinaryCrossEntropyWithLogitsOptions extends BinaryLossOptions {
  /** Weight of the positive term (one number, or one per element); default 1. */
  posWeight?: number | number[];
}

/**
 * Binary cross-entropy from logits, as `binary_cross_entropy_with_logits`, in the stable form
 * ℓᵢ = wᵢ·((1 − yᵢ)·zᵢ + (1 + (pw − 1)·yᵢ)·log(1 + e^(−zᵢ))), log(1 + e^(−z)) = softplus(−z);
 * without posWeight this is max(z, 0) − z·y + log(1 + e^(−|z|)). Example: ([0], [1]) → log 2.
 */
export function binaryCrossEntropyWithLogits<R extends Reduction = 'mean'>(
  logits: number[],
  target: number[],
  options: BinaryCrossEntropyWithLogitsOptions & { reduction?: R } = {},
): LossResult<R> {
  const fn = 'binaryCrossEntropyWithLogits';
  const { reduction, weightAt, posWeightAt } = checkArguments(fn, logits, target, options);
  const losses = logits.map((z, i) => {
    const y = target[i] as number;
    const logWeight = 1 + (posWeightAt(i) - 1) * y;
    return weightAt(i) * ((1 - y) * z + logWeight * softplus(-z));
  });
  return reduce(losses, reduction) as LossResult<R>;
}

/**
 * Gradient of `binaryCrossEntropyWithLogits` with respect to the logits:
 * ∂ℓᵢ/∂zᵢ = wᵢ·((1 + (pw − 1)·yᵢ)·σ(zᵢ) − pw·yᵢ), which is σ(z) − y without posWeight.
 * Example: binaryCrossEntropyWithLogitsBackward([0], [1]) = [−0.5].
 */
export function binaryCrossEntropyWithLogitsBackward(
  logits: number[],
  target: number[],
  options: BinaryCrossEntropyWithLogitsOptions = {},
): number[] {
  const fn = 'binaryCrossEntropyWithLogitsBackward';
  const { reduction, weightAt, posWeightAt } = checkArguments(fn, logits, target, options);
  const scale = gradientScale(reduction, logits.length);
  return logits.map((z, i) => {
    const y = target[i] as number;
    const pw = posWeightAt(i);
    return weightAt(i) * ((1 + (pw - 1) * y) * sigmoid(z) - pw * y) * scale;
  });
}

function checkArguments(
  fn: string,
  logits: number[],
  target: number[],
  options: BinaryCrossEntropyWithLogitsOptions,
) {
  const checked = checkBinaryArguments(fn, 'logits', logits, target, options);
  const { posWeight = 1 } = options;
  if (Array.isArray(posWeight)) {
    checkVector(fn, 'posWeight', posWeight);
    if (posWeight.length !== logits.length && posWeight.length !== 1) {
      throw new RangeError(
        `${fn}: posWeight has ${posWeight.length} entries, but logits has ${logits.length}`,
      );
    }
  } else if (typeof posWeight !== 'number') {
    throw new TypeError(
      `${fn}: posWeight = ${describe(posWeight)} must be a number or an array of numbers`,
    );
  }
  const posWeightAt = (i: number): number =>
    Array.isArray(posWeight) ? (posWeight[posWeight.length === 1 ? 0 : i] as number) : posWeight;
  return { ...checked, posWeightAt };
}
