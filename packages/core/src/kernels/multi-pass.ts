import { type KernelArguments, meanLoss, validatedKernel } from './arguments.ts';

/**
 * Mean cross-entropy and its gradient computed the way an unfused framework does, one operation per
 * pass, each writing its own float32 array of rows × cols (or of rows) entries: m = max z,
 * s = z − m, e = exp s, d = Σ e, p = e / d, log d, log p = s − log d, then the loss
 * −(1 − ε)·log p_t − (ε/C)·Σ log p and the gradient (p − y′)/N. It allocates four rows × cols
 * arrays per call and reads and writes memory about ten times per element: the baseline that the
 * fused kernels improve on. Example: crossEntropyMultiPass(new Float32Array([0, 0]), 1, 2,
 * new Int32Array([1])) = log 2 ≈ 0.6931.
 */
export const crossEntropyMultiPass = validatedKernel('crossEntropyMultiPass', multiPass);

/** The multi-pass computation on validated arguments. */
function multiPass(
  logits: Float32Array,
  rows: number,
  cols: number,
  targets: Int32Array,
  { epsilon, ignoreIndex, count, grad }: KernelArguments,
): number {
  const size = rows * cols;
  // max
  const max = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let m = Number.NEGATIVE_INFINITY;
    for (let i = r * cols; i < (r + 1) * cols; i++) m = Math.max(m, logits[i] as number);
    max[r] = m;
  }
  // subtract the maximum
  const shifted = new Float32Array(size);
  for (let r = 0; r < rows; r++) {
    const m = max[r] as number;
    for (let i = r * cols; i < (r + 1) * cols; i++) shifted[i] = (logits[i] as number) - m;
  }
  // exp
  const exps = new Float32Array(size);
  for (let i = 0; i < size; i++) exps[i] = Math.exp(shifted[i] as number);
  // sum
  const sums = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let d = 0;
    for (let i = r * cols; i < (r + 1) * cols; i++) d += exps[i] as number;
    sums[r] = d;
  }
  // divide
  const probs = new Float32Array(size);
  for (let r = 0; r < rows; r++) {
    const d = sums[r] as number;
    for (let i = r * cols; i < (r + 1) * cols; i++) probs[i] = (exps[i] as number) / d;
  }
  // log
  const logSums = new Float64Array(rows);
  for (let r = 0; r < rows; r++) logSums[r] = Math.log(sums[r] as number);
  // subtract the log of the sum
  const logProbs = new Float32Array(size);
  for (let r = 0; r < rows; r++) {
    const l = logSums[r] as number;
    for (let i = r * cols; i < (r + 1) * cols; i++) logProbs[i] = (shifted[i] as number) - l;
  }
  // gather the loss
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const t = targets[r] as number;
    if (t === ignoreIndex) continue;
    const nll = -(logProbs[r * cols + t] as number);
    if (epsilon === 0) {
      total += nll;
      continue;
    }
    let smooth = 0;
    for (let i = r * cols; i < (r + 1) * cols; i++) smooth -= logProbs[i] as number;
    total += (1 - epsilon) * nll + (epsilon / cols) * smooth;
  }
  // gradient
  if (grad) {
    const scale = 1 / count;
    for (let r = 0; r < rows; r++) {
      const t = targets[r] as number;
      const start = r * cols;
      if (t === ignoreIndex) {
        grad.fill(0, start, start + cols);
        continue;
      }
      for (let c = 0; c < cols; c++) {
        const y = (c === t ? 1 - epsilon : 0) + epsilon / cols;
        grad[start + c] = ((probs[start + c] as number) - y) * scale;
      }
    }
  }
  return meanLoss(total, count);
}
