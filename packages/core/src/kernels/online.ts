import {
  type KernelArguments,
  meanLoss,
  rowLoss,
  targetGradient,
  validatedKernel,
} from './arguments.ts';

/**
 * Mean cross-entropy and its gradient like `crossEntropyFused`, but with online softmax (Milakov and
 * Gimelshein, 2018): one pass finds the maximum m and the normaliser d together, rescaling d whenever
 * the maximum grows, m′ = max(m, z), d′ = d·exp(m − m′) + exp(z − m′); a second pass writes
 * ∂L/∂z_c = (exp(z_c − m)/d − y′_c)/N. The logits are read twice and nothing is stored between the
 * passes, which is what a GPU, bound by memory traffic, wants; but each element costs two `Math.exp`
 * (one per pass) instead of one, which is what scalar JavaScript, bound by `exp`, pays for.
 * Example: crossEntropyOnline(new Float32Array([0, 0]), 1, 2, new Int32Array([1])) = log 2 ≈ 0.6931.
 */
export const crossEntropyOnline = validatedKernel('crossEntropyOnline', online);

/** The online-softmax computation on validated arguments. */
function online(
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
    let d = 0;
    let sumZ = 0;
    for (let i = start; i < end; i++) {
      const z = logits[i] as number;
      sumZ += z;
      if (z > m) {
        // The new maximum: rescale the sum so far, and e^(z − m′) = 1.
        d = d * Math.exp(m - z) + 1;
        m = z;
      } else if (m !== Number.NEGATIVE_INFINITY) {
        d += Math.exp(z - m);
      }
    }
    const zt = logits[start + t] as number;
    total += rowLoss(m + Math.log(d), zt, sumZ, epsilon, cols);
    if (grad) {
      const a = scale / d;
      const b = scale * smoothing;
      for (let i = start; i < end; i++) grad[i] = Math.exp((logits[i] as number) - m) * a - b;
      grad[start + t] = targetGradient(zt, m, d, epsilon, cols, scale);
    }
  }
  return meanLoss(total, count);
}
