import { crossEntropyBackward, numericalGradient, sigmoid } from '@xent/core';
import { describe, expect, it } from 'vitest';
import {
  mseSigmoidGradient,
  quadraticForm,
  softmaxCrossEntropyHessian,
  symmetricEigenvalues,
} from '../src/lib/curvature.ts';

// The gradients lesson's MSE and Hessian sections are computed by these helpers. Expected values
// come from central differences of @xent/core's own loss and gradient, or from matrices whose
// eigenvalues are known in closed form.

describe('symmetricEigenvalues', () => {
  it.each([
    [
      'a 2 × 2 with eigenvalues 1 and 3',
      [
        [2, 1],
        [1, 2],
      ],
      [1, 3],
    ],
    [
      'a diagonal matrix, sorted',
      [
        [5, 0, 0],
        [0, -1, 0],
        [0, 0, 2],
      ],
      [-1, 2, 5],
    ],
    // all-ones 3 × 3: eigenvalues 0, 0, 3
    [
      'a rank-one matrix',
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      [0, 0, 3],
    ],
    ['a 1 × 1', [[7]], [7]],
  ])('%s', (_, matrix, expected) => {
    const values = symmetricEigenvalues(matrix);
    expect(values).toHaveLength(expected.length);
    for (const [i, v] of values.entries()) expect(v).toBeCloseTo(expected[i] ?? Number.NaN, 10);
  });

  it('keeps the trace and the sum of squares of a dense 4 × 4', () => {
    const m = [
      [4, 1, 2, 0.5],
      [1, 3, 0, -1],
      [2, 0, 5, 1.5],
      [0.5, -1, 1.5, 2],
    ];
    const values = symmetricEigenvalues(m);
    const trace = m.reduce((s, row, i) => s + (row[i] ?? 0), 0);
    const frobenius = m.flat().reduce((s, v) => s + v * v, 0);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(trace, 10);
    expect(values.reduce((s, v) => s + v * v, 0)).toBeCloseTo(frobenius, 10);
  });

  it('names the entry of a matrix that is not symmetric', () => {
    expect(() =>
      symmetricEigenvalues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('symmetricEigenvalues: matrix[0][1] ≠ matrix[1][0]');
  });
});

describe('softmaxCrossEntropyHessian', () => {
  it.each([[[2, 1, 0.1]], [[0, 0]], [[3, -1, 0.5, 2]], [[40, 0, -40]]])(
    'matches central differences of the gradient at %j',
    (z) => {
      const hessian = softmaxCrossEntropyHessian(z);
      for (const i of z.keys()) {
        const column = numericalGradient((x) => crossEntropyBackward([x], [0])[0]?.[i] ?? 0, z);
        for (const [j, v] of column.entries()) expect(hessian[i]?.[j]).toBeCloseTo(v, 7);
      }
    },
  );

  it.each([[[2, 1, 0.1]], [[5, -3, 0, 1, 2]]])(
    'at %j is positive semi-definite, with eigenvalues in [0, 1/2] and 0 along (1, …, 1)',
    (z) => {
      const hessian = softmaxCrossEntropyHessian(z);
      const values = symmetricEigenvalues(hessian);
      expect(values[0]).toBeCloseTo(0, 12);
      for (const v of values) {
        expect(v).toBeGreaterThan(-1e-12);
        expect(v).toBeLessThanOrEqual(0.5);
      }
      expect(
        quadraticForm(
          hessian,
          z.map(() => 1),
        ),
      ).toBeCloseTo(0, 12);
    },
  );

  it('refuses an empty vector', () => {
    expect(() => softmaxCrossEntropyHessian([])).toThrow('softmaxCrossEntropyHessian: z is empty');
  });
});

describe('mseSigmoidGradient', () => {
  it.each([
    [-10, 1],
    [-2, 1],
    [0, 1],
    [3, 0],
    [0.5, 0],
  ])('at z = %d, y = %d matches the central difference of ½(σ(z) − y)²', (z, y) => {
    const [expected] = numericalGradient(([x]) => 0.5 * (sigmoid(x ?? 0) - y) ** 2, [z]);
    expect(mseSigmoidGradient(z, y)).toBeCloseTo(expected ?? Number.NaN, 9);
  });
});
