import { type BinaryLossOptions, checkBinaryArguments } from './binary-options.ts';
import {
  checkReduction,
  gradientScale,
  type LossResult,
  type Reduction,
  reduce,
} from './reduction.ts';
import { sigmoid, softplus } from './sigmoid.ts';
import { checkNumber, describe } from './validate.ts';

/** Options of the sigmoid focal loss, as `torchvision.ops.sigmoid_focal_loss`. */
export interface SigmoidFocalLossOptions {
  /** Weight α of the positive class (1 − α for negatives); a negative α turns the weighting off. Default 0.25. */
  alpha?: number;
  /** Focusing parameter γ ≥ 0; γ = 0 gives α-balanced cross-entropy. Default 2. */
  gamma?: number;
  /** Default 'mean'. */
  reduction?: Reduction;
}

/**
 * Sigmoid focal loss from logits (Lin et al. 2017), as `torchvision.ops.sigmoid_focal_loss`:
 * ℓᵢ = α_t·(1 − p_t)^γ·BCE(zᵢ, yᵢ) with p = σ(z), p_t = p·y + (1 − p)·(1 − y), α_t = α·y + (1 − α)·(1 − y).
 * 1 − p_t = y·σ(−z) + (1 − y)·σ(z) keeps it exact for large |z|. Example: ([0], [1], {alpha: -1, gamma: 0}) → log 2.
 */
export function sigmoidFocalLoss<R extends Reduction = 'mean'>(
  logits: number[],
  target: number[],
  options: SigmoidFocalLossOptions & { reduction?: R } = {},
): LossResult<R> {
  const { reduction, alpha, gamma } = checkArguments('sigmoidFocalLoss', logits, target, options);
  const losses = logits.map((z, i) => {
    const y = target[i] as number;
    return alphaT(alpha, y) * modulation(z, y) ** gamma * binaryCrossEntropyOfLogit(z, y);
  });
  return reduce(losses, reduction) as LossResult<R>;
}

/**
 * Gradient of `sigmoidFocalLoss` with respect to the logits. With m = 1 − p_t and ce = BCE(z, y):
 * ∂ℓ/∂z = α_t·(γ·m^(γ−1)·(1 − 2y)·σ(z)·σ(−z)·ce + m^γ·(σ(z) − y)).
 */
export function sigmoidFocalLossBackward(
  logits: number[],
  target: number[],
  options: SigmoidFocalLossOptions = {},
): number[] {
  const { reduction, alpha, gamma } = checkArguments(
    'sigmoidFocalLossBackward',
    logits,
    target,
    options,
  );
  const scale = gradientScale(reduction, logits.length);
  return logits.map((z, i) => {
    const y = target[i] as number;
    const m = modulation(z, y);
    const dm = (1 - 2 * y) * sigmoid(z) * sigmoid(-z);
    const focusing =
      gamma === 0 || dm === 0 ? 0 : gamma * m ** (gamma - 1) * dm * binaryCrossEntropyOfLogit(z, y);
    return alphaT(alpha, y) * (focusing + m ** gamma * (sigmoid(z) - y)) * scale;
  });
}

/** 1 − p_t = y·σ(−z) + (1 − y)·σ(z), the factor that shrinks the loss of easy examples. */
function modulation(z: number, y: number): number {
  return y * sigmoid(-z) + (1 - y) * sigmoid(z);
}

/** α_t = α·y + (1 − α)·(1 − y), or 1 when α < 0. */
function alphaT(alpha: number, y: number): number {
  return alpha < 0 ? 1 : alpha * y + (1 - alpha) * (1 - y);
}

/** BCE from a logit: softplus(z) − z·y. */
function binaryCrossEntropyOfLogit(z: number, y: number): number {
  return (1 - y) * z + softplus(-z);
}

function checkArguments(
  fn: string,
  logits: number[],
  target: number[],
  options: SigmoidFocalLossOptions,
) {
  const { alpha = 0.25, gamma = 2 } = options;
  const base: BinaryLossOptions = { reduction: checkReduction(fn, options.reduction) };
  const { reduction } = checkBinaryArguments(fn, 'logits', logits, target, base);
  checkNumber(fn, 'alpha', alpha);
  if (Number.isNaN(alpha)) throw new RangeError(`${fn}: alpha = NaN must be a number`);
  if (typeof gamma !== 'number' || !(gamma >= 0) || !Number.isFinite(gamma)) {
    throw new RangeError(`${fn}: gamma = ${describe(gamma)} must be a finite number ≥ 0`);
  }
  return { reduction, alpha, gamma };
}
