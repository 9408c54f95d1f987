import { validatedKernel } from './arguments.ts';
import { fusedUnchecked } from './fused.ts';
import { simdUnchecked } from './simd.ts';
import { simdKernel } from './simd-module.ts';

/**
 * Mean softmax cross-entropy of a batch of logits with class-index targets, as
 * `torch.nn.functional.cross_entropy(logits, targets, ignore_index, label_smoothing)`, and, when
 * `options.grad` is given, the gradient of that mean with respect to the logits written into it in
 * the same sweep. `logits` holds `rows` rows of `cols` float32 logits, row-major; `targets` one class
 * index per row. With N the rows whose target is not `ignoreIndex` (default −100):
 * L = (1/N)·Σₙ [(1 − ε)·(lse(zₙ) − zₙ,ₜ) + (ε/C)·Σ_c (lse(zₙ) − zₙ,꜀)] and
 * ∂L/∂zₙ,꜀ = (softmax(zₙ)꜀ − y′ₙ,꜀)/N with y′ = (1 − ε)·onehot + ε/C; ignored rows get gradient 0,
 * and when every row is ignored the loss is NaN. Runs the WebAssembly SIMD kernel
 * (`crossEntropySimd`) where available and `crossEntropyFused` otherwise; no allocation that grows
 * with rows × cols. Agrees with `crossEntropy` and `crossEntropyBackward` within `KERNEL_TOLERANCE`.
 * Example: crossEntropyForwardBackward(new Float32Array([0, 0]), 1, 2, new Int32Array([1]),
 * { grad }) ≈ 0.6931 with grad = [0.5, −0.5].
 */
export const crossEntropyForwardBackward = validatedKernel(
  'crossEntropyForwardBackward',
  (logits, rows, cols, targets, args) => {
    const kernel = simdKernel();
    if (kernel === null) return fusedUnchecked(logits, rows, cols, targets, args);
    return simdUnchecked(kernel, logits, rows, cols, targets, args);
  },
);
