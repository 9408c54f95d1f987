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
  checkInRange,
  checkMatrix,
  checkSameLength,
  checkVector,
  describe,
} from './validate.ts';

/** Options of `crossEntropy` and `crossEntropyBackward`, as in `torch.nn.functional.cross_entropy`. */
export interface CrossEntropyOptions {
  /** Weight of each class (length C); default 1 for every class. */
  weight?: number[];
  /** A class-index target equal to this is ignored (contributes 0 and is not counted); default −100. */
  ignoreIndex?: number;
  /** ε in [0, 1]: the target becomes (1 − ε)·y + ε/C. Default 0. */
  labelSmoothing?: number;
  /** Default 'mean'. */
  reduction?: Reduction;
}

/**
 * Softmax cross-entropy from logits, as `torch.nn.functional.cross_entropy`:
 * lossₙ = −Σ_c w_c·yₙ꜀·log softmax(zₙ)꜀, with class-index targets (number[]) or probability
 * targets (number[][]), optional class weights, ignoreIndex and label smoothing. 'mean' divides by
 * the summed weight of the non-ignored targets (by N for probability targets), and is NaN when every
 * target is ignored. Example: crossEntropy([[0, 0]], [1]) = log 2 ≈ 0.6931.
 */
export function crossEntropy<R extends Reduction = 'mean'>(
  logits: number[][],
  target: number[] | number[][],
  options: CrossEntropyOptions & { reduction?: R } = {},
): LossResult<R> {
  const { losses, reduction, divisor } = crossEntropyTerms('crossEntropy', logits, target, options);
  return reduce(losses, reduction, divisor) as LossResult<R>;
}

/**
 * Gradient of `crossEntropy` (of the sum of its output for 'none') with respect to the logits.
 * With lossₙ = Σ_c aₙ꜀·(−log pₙ꜀): ∂lossₙ/∂zₙ꜀ = (Σ_k aₙₖ)·pₙ꜀ − aₙ꜀, which is p − y for one-hot
 * targets; 'mean' divides by the same divisor as the loss. Example: crossEntropyBackward([[0, 0]], [1])
 * = [[0.5, −0.5]].
 */
export function crossEntropyBackward(
  logits: number[][],
  target: number[] | number[][],
  options: CrossEntropyOptions = {},
): number[][] {
  const terms = crossEntropyTerms('crossEntropyBackward', logits, target, options);
  const scale = gradientScale(terms.reduction, terms.divisor);
  return terms.logProbs.map((row, n) => {
    const a = terms.coefficients[n] as number[];
    let total = 0;
    for (const value of a) total += value;
    if (total === 0) return row.map(() => 0);
    return row.map((lp, c) => (total * Math.exp(lp) - (a[c] as number)) * scale);
  });
}

/**
 * Everything the forward and backward passes share, per sample n: log pₙ and the coefficients aₙ
 * with lossₙ = Σ_c aₙ꜀·(−log pₙ꜀), and the divisor of 'mean'.
 */
interface CrossEntropyTerms {
  logProbs: number[][];
  coefficients: number[][];
  losses: number[];
  divisor: number;
  reduction: Reduction;
}

/** Validates the arguments of `fn` and computes the per-sample terms of the loss. */
function crossEntropyTerms(
  fn: string,
  logits: number[][],
  target: number[] | number[][],
  options: CrossEntropyOptions = {},
): CrossEntropyTerms {
  const numClasses = checkMatrix(fn, 'logits', logits);
  if (!Array.isArray(target))
    throw new TypeError(`${fn}: target must be an array, got ${describe(target)}`);
  checkSameLength(fn, 'logits', logits, 'target', target);
  const reduction = checkReduction(fn, options.reduction);
  const epsilon = options.labelSmoothing ?? 0;
  checkInRange(fn, 'labelSmoothing', epsilon, 0, 1);
  const weight = options.weight;
  if (weight !== undefined) {
    checkVector(fn, 'weight', weight);
    if (weight.length !== numClasses) {
      throw new RangeError(
        `${fn}: weight has ${weight.length} entries, but there are ${numClasses} classes`,
      );
    }
  }
  const classWeight = (c: number): number => (weight ? (weight[c] as number) : 1);
  const logProbs = logits.map(logSoftmaxUnchecked);
  const soft = target.length > 0 && Array.isArray(target[0]);
  const terms = soft
    ? softTerms(fn, logProbs, target as number[][], numClasses, epsilon, classWeight)
    : indexTerms(
        fn,
        logProbs,
        target as number[],
        numClasses,
        epsilon,
        classWeight,
        options.ignoreIndex ?? -100,
      );
  if (reduction === 'mean' && logits.length === 0) {
    throw new RangeError(`${fn}: logits is an empty batch, and the mean of no losses is undefined`);
  }
  return { logProbs, reduction, ...terms };
}

type Terms = Pick<CrossEntropyTerms, 'coefficients' | 'losses' | 'divisor'>;

/** Class-index targets: lossₙ = (1 − ε)·(−w_t log p_t) + (ε/C)·Σ_c −w_c log p_c; 'mean' divides by Σ w_t. */
function indexTerms(
  fn: string,
  logProbs: number[][],
  target: number[],
  numClasses: number,
  epsilon: number,
  classWeight: (c: number) => number,
  ignoreIndex: number,
): Terms {
  if (!Number.isInteger(ignoreIndex)) {
    throw new TypeError(`${fn}: ignoreIndex = ${describe(ignoreIndex)} is not an integer`);
  }
  let divisor = 0;
  const coefficients: number[][] = [];
  const losses = logProbs.map((row, n) => {
    const t = target[n];
    checkClassIndex(fn, `target[${n}]`, t, numClasses, ignoreIndex);
    if (t === ignoreIndex) {
      coefficients.push(row.map(() => 0));
      return 0;
    }
    const tw = classWeight(t as number);
    divisor += tw;
    const nll = -tw * (row[t as number] as number);
    if (epsilon === 0) {
      coefficients.push(row.map((_, c) => (c === t ? tw : 0)));
      return nll;
    }
    let smooth = 0;
    row.forEach((lp, c) => {
      smooth -= classWeight(c) * lp;
    });
    coefficients.push(
      row.map(
        (_, c) => (c === t ? (1 - epsilon) * tw : 0) + (epsilon / numClasses) * classWeight(c),
      ),
    );
    return (1 - epsilon) * nll + (epsilon / numClasses) * smooth;
  });
  return { coefficients, losses, divisor };
}

/** Probability targets: lossₙ = −Σ_c w_c·y′ₙ꜀·log pₙ꜀ with y′ = (1 − ε)·y + ε/C; 'mean' divides by N. */
function softTerms(
  fn: string,
  logProbs: number[][],
  target: number[][],
  numClasses: number,
  epsilon: number,
  classWeight: (c: number) => number,
): Terms {
  const width = checkMatrix(fn, 'target', target);
  if (width !== numClasses) {
    throw new RangeError(
      `${fn}: target rows have ${width} entries, but logits rows have ${numClasses}`,
    );
  }
  const coefficients = target.map((row) =>
    row.map((y, c) => classWeight(c) * ((1 - epsilon) * y + epsilon / numClasses)),
  );
  const losses = logProbs.map((row, n) => {
    let loss = 0;
    row.forEach((lp, c) => {
      loss -= (coefficients[n]?.[c] as number) * lp;
    });
    return loss;
  });
  return { coefficients, losses, divisor: logProbs.length };
}
