import { logSoftmaxUnchecked } from './log-softmax.ts';
import {
  checkReduction,
  gradientScale,
  type LossResult,
  type Reduction,
  reduce,
} from './reduction.ts';
import {
  checkClassIndex,
  checkMatrix,
  checkSameLength,
  checkVector,
  describe,
} from './validate.ts';

/** Options of the multi-class (softmax) focal loss. */
export interface SoftmaxFocalLossOptions {
  /** Focusing parameter γ ≥ 0. Default 2. */
  gamma?: number;
  /** Weight of each class (length C); default 1 for every class. */
  alpha?: number[];
  /** Default 'mean' (over the batch). */
  reduction?: Reduction;
}

/**
 * Multi-class focal loss: ℓₙ = −α[tₙ]·(1 − p_t)^γ·log p_t with p = softmax(zₙ), p_t = p[tₙ];
 * γ = 0 gives (weighted) cross-entropy. Example: softmaxFocalLoss([[0, 0]], [0], { gamma: 0 }) = log 2.
 */
export function softmaxFocalLoss<R extends Reduction = 'mean'>(
  logits: number[][],
  target: number[],
  options: SoftmaxFocalLossOptions & { reduction?: R } = {},
): LossResult<R> {
  const { reduction, gamma, alphaOf, logPt } = checkArguments(
    'softmaxFocalLoss',
    logits,
    target,
    options,
  );
  const losses = logPt.map((l, n) => -alphaOf(n) * (-Math.expm1(l)) ** gamma * l);
  return reduce(losses, reduction) as LossResult<R>;
}

/**
 * Gradient of `softmaxFocalLoss` with respect to the logits. With l = log p_t and q = 1 − p_t:
 * ∂ℓ/∂l = −α·(q^γ − γ·q^(γ−1)·p_t·l) and ∂l/∂z꜀ = [c = t] − p꜀.
 */
export function softmaxFocalLossBackward(
  logits: number[][],
  target: number[],
  options: SoftmaxFocalLossOptions = {},
): number[][] {
  const { reduction, gamma, alphaOf, logProbs, logPt } = checkArguments(
    'softmaxFocalLossBackward',
    logits,
    target,
    options,
  );
  const scale = gradientScale(reduction, logits.length);
  return logProbs.map((row, n) => {
    const l = logPt[n] as number;
    const q = -Math.expm1(l);
    const focusing = gamma === 0 || q === 0 ? 0 : gamma * q ** (gamma - 1) * Math.exp(l) * l;
    const dl = -alphaOf(n) * (q ** gamma - focusing);
    return row.map((lp, c) => dl * ((c === target[n] ? 1 : 0) - Math.exp(lp)) * scale);
  });
}

function checkArguments(
  fn: string,
  logits: number[][],
  target: number[],
  options: SoftmaxFocalLossOptions,
) {
  const numClasses = checkMatrix(fn, 'logits', logits);
  checkVector(fn, 'target', target);
  checkSameLength(fn, 'logits', logits, 'target', target);
  target.forEach((t, n) => {
    checkClassIndex(fn, `target[${n}]`, t, numClasses);
  });
  const reduction = checkReduction(fn, options.reduction);
  const { gamma = 2, alpha } = options;
  if (typeof gamma !== 'number' || !(gamma >= 0) || !Number.isFinite(gamma)) {
    throw new RangeError(`${fn}: gamma = ${describe(gamma)} must be a finite number ≥ 0`);
  }
  if (alpha !== undefined) {
    checkVector(fn, 'alpha', alpha);
    if (alpha.length !== numClasses) {
      throw new RangeError(
        `${fn}: alpha has ${alpha.length} entries, but there are ${numClasses} classes`,
      );
    }
  }
  if (reduction === 'mean' && logits.length === 0) {
    throw new RangeError(`${fn}: logits is an empty batch, and the mean of no losses is undefined`);
  }
  const logProbs = logits.map(logSoftmaxUnchecked);
  const logPt = logProbs.map((row, n) => row[target[n] as number] as number);
  const alphaOf = (n: number): number => (alpha ? (alpha[target[n] as number] as number) : 1);
  return { reduction, gamma, alphaOf, logProbs, logPt };
}
