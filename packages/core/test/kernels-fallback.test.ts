import { expect, test, vi } from 'vitest';
import {
  crossEntropyForwardBackward,
  crossEntropyFused,
  crossEntropySimd,
  simdKernelAvailable,
} from '../src/kernels/index.ts';

// Where WebAssembly SIMD cannot run (here: a module that does not validate), the dispatcher falls
// back to the JavaScript fused kernel, and the SIMD kernel says why it cannot run.
vi.mock('../src/kernels/simd-bytes.ts', () => ({ SIMD_KERNEL_BASE64: 'AGFzbQEAAAAB' }));

test('falls back to the JavaScript kernel', () => {
  expect(simdKernelAvailable()).toBe(false);
  const logits = Float32Array.from([1, 2, 3, -1, 0, 4]);
  const targets = Int32Array.from([2, 0]);
  const grad = new Float32Array(6);
  const expectedGrad = new Float32Array(6);
  const options = { labelSmoothing: 0.1 };
  const loss = crossEntropyForwardBackward(logits, 2, 3, targets, { ...options, grad });
  expect(loss).toBe(crossEntropyFused(logits, 2, 3, targets, { ...options, grad: expectedGrad }));
  expect(grad).toEqual(expectedGrad);
  expect(() => crossEntropySimd(logits, 2, 3, targets)).toThrow(
    'crossEntropySimd: WebAssembly SIMD is not available here',
  );
  expect(() => crossEntropyForwardBackward(logits, 2, 3, Int32Array.from([2, 3]))).toThrow(
    'crossEntropyForwardBackward: targets[1] = 3 is out of range for 3 classes',
  );
});
