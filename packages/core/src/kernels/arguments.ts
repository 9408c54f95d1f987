import { checkClassIndex, checkInRange, describe } from '../validate.ts';

/** Options of the typed-array cross-entropy kernels (`crossEntropyForwardBackward` and its variants). */
export interface KernelOptions {
  /** ε in [0, 1]: the target becomes (1 − ε)·onehot + ε/C. Default 0. */
  labelSmoothing?: number;
  /** Rows whose target equals this are ignored: loss 0, not counted in the mean, gradient 0. Default −100. */
  ignoreIndex?: number;
  /**
   * When given, receives the gradient of the mean loss with respect to the logits (rows × cols
   * floats). It may be the logits array itself, to overwrite the logits with their gradient.
   */
  grad?: Float32Array;
}

/** A signature shared by every kernel, so that they can be swapped and compared. */
export type CrossEntropyKernel = (
  logits: Float32Array,
  rows: number,
  cols: number,
  targets: Int32Array,
  options?: KernelOptions,
) => number;

/** A kernel's computation on validated arguments, which `validatedKernel` turns into a `CrossEntropyKernel`. */
export type UncheckedKernel = (
  logits: Float32Array,
  rows: number,
  cols: number,
  targets: Int32Array,
  args: KernelArguments,
) => number;

/** The validated arguments of a kernel call. */
export interface KernelArguments {
  epsilon: number;
  ignoreIndex: number;
  /** Rows whose target is not `ignoreIndex`: the divisor of the mean. */
  count: number;
  grad: Float32Array | undefined;
}

function checkDimension(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${fn}: ${name} = ${describe(value)} must be an integer ≥ ${min}`);
  }
  return value;
}

/**
 * Validates the arguments of kernel `fn` and counts the rows that are not ignored. Checks that
 * logits has rows × cols entries, targets has rows entries, each in [0, cols) or equal to
 * ignoreIndex, grad has as many entries as logits and does not partly overlap it, and ε ∈ [0, 1].
 */
function checkKernelArguments(
  fn: string,
  logits: unknown,
  rows: unknown,
  cols: unknown,
  targets: unknown,
  options: KernelOptions = {},
): KernelArguments {
  if (!(logits instanceof Float32Array)) {
    throw new TypeError(`${fn}: logits must be a Float32Array, got ${describe(logits)}`);
  }
  const r = checkDimension(fn, 'rows', rows, 0);
  const c = checkDimension(fn, 'cols', cols, 1);
  if (logits.length !== r * c) {
    throw new RangeError(
      `${fn}: logits has ${logits.length} entries, but rows × cols = ${r} × ${c} = ${r * c}`,
    );
  }
  if (!(targets instanceof Int32Array)) {
    throw new TypeError(`${fn}: targets must be an Int32Array, got ${describe(targets)}`);
  }
  if (targets.length !== r) {
    throw new RangeError(`${fn}: targets has ${targets.length} entries, but rows = ${r}`);
  }
  const epsilon = options.labelSmoothing ?? 0;
  checkInRange(fn, 'labelSmoothing', epsilon, 0, 1);
  const ignoreIndex = options.ignoreIndex ?? -100;
  if (!Number.isInteger(ignoreIndex)) {
    throw new TypeError(`${fn}: ignoreIndex = ${describe(ignoreIndex)} is not an integer`);
  }
  const grad = options.grad;
  if (grad !== undefined) {
    if (!(grad instanceof Float32Array)) {
      throw new TypeError(`${fn}: grad must be a Float32Array, got ${describe(grad)}`);
    }
    if (grad.length !== logits.length) {
      throw new RangeError(
        `${fn}: grad has ${grad.length} entries, but logits has ${logits.length}`,
      );
    }
    if (grad !== logits && overlaps(grad, logits)) {
      throw new RangeError(`${fn}: grad overlaps logits without being the same array`);
    }
  }
  let count = 0;
  for (let n = 0; n < r; n++) {
    const t = targets[n] as number;
    if (t === ignoreIndex) continue;
    checkClassIndex(fn, `targets[${n}]`, t, c);
    count++;
  }
  return { epsilon, ignoreIndex, count, grad };
}

/**
 * The public kernel `fn`: validates its arguments with `checkKernelArguments` (errors start with
 * `fn`), then runs `run` on them. Every kernel is built this way, so they all check alike.
 */
export function validatedKernel(fn: string, run: UncheckedKernel): CrossEntropyKernel {
  return (logits, rows, cols, targets, options) =>
    run(
      logits,
      rows,
      cols,
      targets,
      checkKernelArguments(fn, logits, rows, cols, targets, options),
    );
}

function overlaps(a: Float32Array, b: Float32Array): boolean {
  if (a.buffer !== b.buffer) return false;
  const aEnd = a.byteOffset + a.byteLength;
  const bEnd = b.byteOffset + b.byteLength;
  return a.byteOffset < bEnd && b.byteOffset < aEnd;
}

/**
 * Loss of one row from its log-sum-exp: (1 − ε)·(lse − z_t) + (ε/C)·Σ_c (lse − z_c), the second sum
 * written C·lse − Σz. With ε = 0 only the first term (so −∞ logits of other classes stay harmless).
 */
export function rowLoss(
  lse: number,
  zt: number,
  sumZ: number,
  epsilon: number,
  cols: number,
): number {
  const nll = lse - zt;
  if (epsilon === 0) return nll;
  return (1 - epsilon) * nll + (epsilon / cols) * (cols * lse - sumZ);
}

/**
 * The gradient at the target class, recomputed exactly: scale·(p_t − (1 − ε) − ε/C) with
 * p_t = e^(z_t − m)/d. The other classes get scale·(p − ε/C), which the kernels write in their sweep.
 */
export function targetGradient(
  zt: number,
  m: number,
  d: number,
  epsilon: number,
  cols: number,
  scale: number,
): number {
  return (Math.exp(zt - m) / d - (1 - epsilon) - epsilon / cols) * scale;
}

/** The mean of the row losses; NaN when every row is ignored, as in PyTorch. */
export function meanLoss(total: number, count: number): number {
  return count === 0 ? Number.NaN : total / count;
}
