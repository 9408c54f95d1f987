import { execFileSync } from 'node:child_process';
import {
  type CrossEntropyKernel,
  crossEntropyForwardBackward,
  crossEntropyFused,
  crossEntropyMultiPass,
  crossEntropyOnline,
  crossEntropySimd,
  KERNEL_TOLERANCE,
  type KernelOptions,
  simdKernelAvailable,
} from '@xent/core/kernels';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { crossEntropy, crossEntropyBackward } from '../src/index.ts';
import { simdKernel } from '../src/kernels/simd-module.ts';
import { expectClose, isClose } from './support/expect-close.ts';
import { casesOf, type GoldenCase, loadGolden } from './support/golden.ts';

// The typed-array kernels against the float64 reference API, run on the same float32 inputs, within
// KERNEL_TOLERANCE (its doc comment says why). Each variant, the SIMD path and the dispatcher.
const kernels: Array<[string, CrossEntropyKernel]> = [
  ['crossEntropyMultiPass', crossEntropyMultiPass],
  ['crossEntropyFused', crossEntropyFused],
  ['crossEntropyOnline', crossEntropyOnline],
  ['crossEntropySimd', crossEntropySimd],
  ['crossEntropyForwardBackward', crossEntropyForwardBackward],
];

interface Batch {
  logits: Float32Array;
  rows: number;
  cols: number;
  targets: Int32Array;
  labelSmoothing: number;
  ignoreIndex: number;
}

/** The loss and gradient of the reference API on the batch's float32 values. */
function reference(b: Batch): { loss: number; grad: number[] } {
  const matrix = Array.from({ length: b.rows }, (_, r) =>
    Array.from(b.logits.subarray(r * b.cols, (r + 1) * b.cols)),
  );
  const target = Array.from(b.targets);
  const options = { labelSmoothing: b.labelSmoothing, ignoreIndex: b.ignoreIndex };
  return {
    loss: crossEntropy(matrix, target, options),
    grad: crossEntropyBackward(matrix, target, options).flat(),
  };
}

/** Runs a kernel with a fresh gradient buffer, checking that it leaves its inputs alone. */
function run(kernel: CrossEntropyKernel, b: Batch): { loss: number; grad: Float32Array } {
  const logits = b.logits.slice();
  const targets = b.targets.slice();
  const grad = new Float32Array(b.rows * b.cols).fill(Number.NaN);
  const options = { labelSmoothing: b.labelSmoothing, ignoreIndex: b.ignoreIndex, grad };
  const loss = kernel(b.logits, b.rows, b.cols, b.targets, options);
  expect(sameBytes(b.logits, logits), 'logits unchanged').toBe(true);
  expect(sameBytes(b.targets, targets), 'targets unchanged').toBe(true);
  return { loss, grad };
}

/** Whether two typed arrays hold the same bytes (fast on large arrays, and NaN-safe). */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return bytes(a).equals(bytes(b));
}

function expectAgrees(kernel: CrossEntropyKernel, b: Batch, expected = reference(b)): void {
  const { loss, grad } = run(kernel, b);
  expectClose(loss, expected.loss, KERNEL_TOLERANCE, 'loss');
  // A plain loop first: expectClose builds a path per entry, slow on large batches.
  for (let i = 0; i < grad.length; i++) {
    const want = expected.grad[i] as number;
    if (!isClose(grad[i] as number, want, KERNEL_TOLERANCE)) {
      expectClose(grad[i], want, KERNEL_TOLERANCE, `grad[${i}]`);
    }
  }
}

test('the WebAssembly SIMD kernel runs here', () => {
  expect(simdKernelAvailable()).toBe(true);
});

describe('golden cases (class-index targets, no weights, mean)', () => {
  const cases = casesOf(loadGolden('cross_entropy'), 'cross_entropy').filter(
    ([, c]) => c.input.weight === null && c.input.reduction === 'mean',
  );
  const batchOf = (c: GoldenCase): Batch => {
    const matrix = c.input.logits as number[][];
    const cols = matrix[0]?.length ?? 0;
    return {
      logits: Float32Array.from(matrix.flat()),
      rows: matrix.length,
      cols,
      targets: Int32Array.from(c.input.target as number[]),
      labelSmoothing: c.input.label_smoothing as number,
      ignoreIndex: (c.input.ignore_index as number | undefined) ?? -100,
    };
  };
  test('there are cases', () => {
    expect(cases.length).toBeGreaterThan(5);
  });
  test.each(cases)('%s', (_, c) => {
    const b = batchOf(c);
    const expected = reference(b);
    for (const [, kernel] of kernels) expectAgrees(kernel, b, expected);
  });
});

/** A logit: ordinary, huge (±1e4), or −Infinity for a masked class. */
const logit = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -30, max: 30, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-1e4, 1e4, 9999.5, -9999.5) },
  { weight: 1, arbitrary: fc.constant(Number.NEGATIVE_INFINITY) },
);

const batch: fc.Arbitrary<Batch> = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 40 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      values: fc.array(logit, { minLength: rows * cols, maxLength: rows * cols }),
      targets: fc.array(fc.oneof(fc.integer({ min: 0, max: cols - 1 }), fc.constant(-1)), {
        minLength: rows,
        maxLength: rows,
      }),
      labelSmoothing: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    }),
  )
  .map(({ rows, cols, values, targets, labelSmoothing }) => {
    // Keep one finite logit per row (a row of −∞ only has no softmax) and mask no target.
    for (let r = 0; r < rows; r++) {
      const t = targets[r] as number;
      const keep = r * cols + Math.max(t, 0);
      if (values[keep] === Number.NEGATIVE_INFINITY) values[keep] = 0;
    }
    return {
      logits: Float32Array.from(values),
      rows,
      cols,
      targets: Int32Array.from(targets),
      labelSmoothing,
      ignoreIndex: -1,
    };
  });

describe('random batches (fast-check)', () => {
  test('every kernel agrees with the reference', () => {
    fc.assert(
      fc.property(batch, (b) => {
        const expected = reference(b);
        for (const [, kernel] of kernels) expectAgrees(kernel, b, expected);
      }),
      { numRuns: 300 },
    );
  });

  test('the loss without a gradient buffer is the same', () => {
    fc.assert(
      fc.property(batch, (b) => {
        const options = { labelSmoothing: b.labelSmoothing, ignoreIndex: b.ignoreIndex };
        for (const [, kernel] of kernels) {
          const withGrad = run(kernel, b).loss;
          const alone = kernel(b.logits, b.rows, b.cols, b.targets, options);
          expect(Object.is(alone, withGrad) || alone === withGrad).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('edge cases', () => {
  const base = (overrides: Partial<Batch>): Batch => ({
    logits: Float32Array.from([1, 2, 3, -1, 0, 4]),
    rows: 2,
    cols: 3,
    targets: Int32Array.from([2, 0]),
    labelSmoothing: 0,
    ignoreIndex: -100,
    ...overrides,
  });

  test.each(kernels)('%s: every row ignored gives NaN and a zero gradient', (_, kernel) => {
    const { loss, grad } = run(kernel, base({ targets: Int32Array.from([-100, -100]) }));
    expect(loss).toBeNaN();
    expect(Array.from(grad)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test.each(kernels)('%s: no rows gives NaN', (_, kernel) => {
    const loss = kernel(new Float32Array(0), 0, 5, new Int32Array(0));
    expect(loss).toBeNaN();
  });

  test.each(kernels)('%s: one column gives loss 0 and gradient 0', (_, kernel) => {
    const { loss, grad } = run(
      kernel,
      base({ logits: Float32Array.from([3, -7]), cols: 1, targets: Int32Array.from([0, 0]) }),
    );
    expect(loss).toBe(0);
    expect(Array.from(grad)).toEqual([0, 0]);
  });

  test.each(kernels)('%s: ε = 1 and masked classes', (_, kernel) => {
    const b = base({
      logits: Float32Array.from([1, Number.NEGATIVE_INFINITY, 3, -1, 0, 4]),
      labelSmoothing: 1,
    });
    expectAgrees(kernel, b);
    expect(run(kernel, b).loss).toBe(Number.POSITIVE_INFINITY);
  });

  test.each(kernels)('%s: the gradient may overwrite the logits', (_, kernel) => {
    const b = base({ labelSmoothing: 0.2 });
    const { loss, grad } = run(kernel, b);
    const logits = b.logits.slice();
    const options: KernelOptions = { labelSmoothing: 0.2, grad: logits };
    expect(kernel(logits, b.rows, b.cols, b.targets, options)).toBe(loss);
    expect(sameBytes(logits, grad)).toBe(true);
  });
});

/** A deterministic batch of `rows` × `cols` logits in [−4, 4) with some ignored and masked entries. */
function largeBatch(rows: number, cols: number, labelSmoothing: number): Batch {
  let seed = 12345;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const logits = new Float32Array(rows * cols);
  for (let i = 0; i < logits.length; i++) logits[i] = random() * 8 - 4;
  for (let i = 3; i < logits.length; i += 997) logits[i] = Number.NEGATIVE_INFINITY;
  const targets = Int32Array.from({ length: rows }, () => Math.floor(random() * cols));
  targets[1] = -100;
  for (let r = 0; r < rows; r++) logits[r * cols + (targets[r] as number)] = 1;
  return { logits, rows, cols, targets, labelSmoothing, ignoreIndex: -100 };
}

describe('large batches: chunks of several rows, and rows longer than a chunk', () => {
  const shapes: Array<[number, number, number]> = [
    [5, 30001, 0],
    [2, 70_001, 0.1],
  ];
  test.each(shapes)('%i × %i, ε = %d', (rows, cols, epsilon) => {
    const b = largeBatch(rows, cols, epsilon);
    const expected = reference(b);
    for (const [, kernel] of kernels) expectAgrees(kernel, b, expected);
  });
});

describe('the polynomial exponential of the SIMD kernel', () => {
  const kernel = simdKernel();
  if (kernel === null) throw new Error('no SIMD kernel');
  const { exports, data, capacity } = kernel;

  test('is within 1e-7 relative of exp on [−87.33, 88], 1.7 ulp of float32', () => {
    const x = new Float32Array(1);
    let worst = 0;
    const steps = 1_000_000;
    for (let i = 0; i <= steps; i++) {
      x[0] = -87.33 + (175.33 * i) / steps;
      const argument = x[0] as number;
      const expected = Math.exp(argument);
      worst = Math.max(worst, Math.abs(exports.expScalar(argument) - expected) / expected);
    }
    expect(worst).toBeLessThan(1e-7);
    expect(worst).toBeGreaterThan(0);
  });

  test('gives the exact and limiting values', () => {
    expect(exports.expScalar(0)).toBe(1);
    expect(exports.expScalar(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(exports.expScalar(-100)).toBe(0);
    expect(exports.expScalar(89)).toBe(Number.POSITIVE_INFINITY);
    expect(exports.expScalar(Number.NaN)).toBeNaN();
  });

  test('the four-lane version equals the scalar one bit for bit', () => {
    const n = Math.min(capacity, 4099);
    const inputs = Float32Array.from({ length: n }, (_, i) => -100 + (200 * i) / n);
    inputs[7] = Number.NEGATIVE_INFINITY;
    inputs[8] = Number.NaN;
    data.set(inputs);
    exports.expChunk(n);
    for (let i = 0; i < n; i++) {
      const scalar = Math.fround(exports.expScalar(inputs[i] as number));
      expect(isClose(data[i] as number, scalar, { rel: 0, abs: 0 }), `at ${inputs[i]}`).toBe(true);
    }
  });
});

describe('validation', () => {
  const logits = new Float32Array(15);
  const targets = Int32Array.from([0, 1, 2]);
  const bad = (value: unknown) => value as never;
  const fn = 'crossEntropyForwardBackward';
  test.each([
    [
      () => crossEntropyForwardBackward(bad([1, 2]), 1, 2, targets),
      TypeError,
      `${fn}: logits must be a Float32Array, got [1, 2]`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 4, targets),
      RangeError,
      `${fn}: logits has 15 entries, but rows × cols = 3 × 4 = 12`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 1.5, 10, targets),
      RangeError,
      `${fn}: rows = 1.5 must be an integer ≥ 0`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 0, targets),
      RangeError,
      `${fn}: cols = 0 must be an integer ≥ 1`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, bad([0, 1, 2])),
      TypeError,
      `${fn}: targets must be an Int32Array, got [0, 1, 2]`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, Int32Array.from([0, 1])),
      RangeError,
      `${fn}: targets has 2 entries, but rows = 3`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, Int32Array.from([0, 1, 7])),
      RangeError,
      `${fn}: targets[2] = 7 is out of range for 5 classes`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, Int32Array.from([0, -100, -1])),
      RangeError,
      `${fn}: targets[2] = -1 is out of range for 5 classes`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, targets, { labelSmoothing: 1.5 }),
      RangeError,
      `${fn}: labelSmoothing = 1.5 is outside [0, 1]`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, targets, { labelSmoothing: Number.NaN }),
      TypeError,
      `${fn}: labelSmoothing = NaN is not a number`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, targets, { ignoreIndex: 0.5 }),
      TypeError,
      `${fn}: ignoreIndex = 0.5 is not an integer`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, targets, { grad: new Float32Array(14) }),
      RangeError,
      `${fn}: grad has 14 entries, but logits has 15`,
    ],
    [
      () => crossEntropyForwardBackward(logits, 3, 5, targets, { grad: bad(new Float64Array(15)) }),
      TypeError,
      `${fn}: grad must be a Float32Array, got object`,
    ],
    [
      () =>
        crossEntropyForwardBackward(logits.subarray(0, 10), 2, 5, targets.subarray(0, 2), {
          grad: logits.subarray(5),
        }),
      RangeError,
      `${fn}: grad overlaps logits without being the same array`,
    ],
  ])('%#: %s', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  test.each(kernels)('%s names itself in its errors', (name, kernel) => {
    expect(() => kernel(logits, 3, 5, Int32Array.from([0, 1, 7]))).toThrow(
      `${name}: targets[2] = 7 is out of range for 5 classes`,
    );
  });
});

test('the checked-in WebAssembly module matches a fresh build of assembly/', () => {
  const root = new URL('..', import.meta.url);
  const output = execFileSync(process.execPath, ['assembly/build.mjs', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(output).toContain('is up to date');
}, 120_000);
