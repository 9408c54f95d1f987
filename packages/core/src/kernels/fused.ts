import {
  type KernelArguments,
  meanLoss,
  rowLoss,
  targetGradient,
  validatedKernel,
} from './arguments.ts';

/**
 * Mean cross-entropy of `rows` rows of `cols` logits (row-major float32) with class-index targets,
 * and its gradient written into `options.grad`, in one sweep that stores each exponential once. Per
 * row: a pass for m = max z (gathering z_t and Σz), a pass storing eᶜ = exp(z_c − m) in `grad` and
 * summing d = Σ eᶜ, then lse = m + log d, and a pass turning the stored exponentials into
 * ∂L/∂z_c = (eᶜ/d − y′_c)/N with y′ = (1 − ε)·onehot(t) + ε/C and N the rows not ignored.
 * One `Math.exp` per element; extra memory O(1). Without `grad`, the exponentials are only summed.
 * Example: crossEntropyFused(new Float32Array([0, 0]), 1, 2, new Int32Array([1])) = log 2 ≈ 0.6931.
 */
export const crossEntropyFused = validatedKernel('crossEntropyFused', fusedUnchecked);

/** The fused kernel on validated arguments. */
export function fusedUnchecked(
  logits: Float32Array,
  rows: number,
  cols: number,
  targets: Int32Array,
  { epsilon, ignoreIndex, count, grad }: KernelArguments,
): number {
  const scale = 1 / count;
  const smoothing = epsilon / cols;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const end = start + cols;
    const t = targets[r] as number;
    if (t === ignoreIndex) {
      grad?.fill(0, start, end);
      continue;
    }
    let m = Number.NEGATIVE_INFINITY;
    let sumZ = 0;
    for (let i = start; i < end; i++) {
      const z = logits[i] as number;
      if (z > m) m = z;
      sumZ += z;
    }
    const zt = logits[start + t] as number;
    let d = 0;
    if (grad) {
      for (let i = start; i < end; i++) {
        const e = Math.exp((logits[i] as number) - m);
        grad[i] = e;
        d += e;
      }
    } else {
      for (let i = start; i < end; i++) d += Math.exp((logits[i] as number) - m);
    }
    total += rowLoss(m + Math.log(d), zt, sumZ, epsilon, cols);
    if (grad) {
      const a = scale / d;
      const b = scale * smoothing;
      for (let i = start; i < end; i++) grad[i] = (grad[i] as number) * a - b;
      grad[start + t] = targetGradient(zt, m, d, epsilon, cols, scale);
    }
  }
  return meanLoss(total, count);
}
