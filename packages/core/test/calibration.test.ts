import { describe, expect, test } from 'vitest';
import {
  crossEntropy,
  expectedCalibrationError,
  fitTemperature,
  numericalGradient,
  perplexity,
} from '../src/index.ts';
import { expectClose } from './support/expect-close.ts';

// Calibration oracles: expected values worked out by hand (ECE) or from the optimality condition
// (the fitted temperature), so each can be checked without a framework.

describe('expectedCalibrationError', () => {
  test.each([
    // bin (0.8, 0.9] holds 0.85 (right), bin (0.6, 0.7] holds 0.65 (wrong)
    [
      'two bins',
      [
        [0.85, 0.15],
        [0.65, 0.35],
      ],
      [0, 1],
      10,
      0.5 * 0.15 + 0.5 * 0.65,
    ],
    // one bin (0.8, 0.9] with both rows: accuracy 1/2, mean confidence 0.85
    [
      'one bin',
      [
        [0.85, 0.15],
        [0.15, 0.85],
      ],
      [0, 0],
      10,
      0.35,
    ],
    // perfectly calibrated: confidence 1 and right
    [
      'certain and right',
      [
        [1, 0],
        [0, 1],
      ],
      [0, 1],
      15,
      0,
    ],
    // 1 closes the last bin and 0.5 with even B closes bin B/2 − 1: two bins, each wrong
    [
      'edges 1 and 0.5',
      [
        [1, 0],
        [0.5, 0.5],
      ],
      [1, 1],
      10,
      0.5 * 1 + 0.5 * 0.5,
    ],
    // a tie is predicted as the first index of the maximum (class 0 here, so right)
    ['tie goes to the first index', [[0.5, 0.5]], [0], 4, 0.5],
    // confidence 0 (an all-zero row) goes to the first bin
    ['confidence 0', [[0, 0]], [1], 5, 0],
    // one bin: |accuracy − mean confidence| over everything
    [
      'one bin overall',
      [
        [0.7, 0.3],
        [0.2, 0.8],
        [0.6, 0.4],
      ],
      [0, 0, 0],
      1,
      Math.abs(2 / 3 - 0.7),
    ],
  ])('%s', (_, probs, labels, bins, want) => {
    expectClose(expectedCalibrationError(probs, labels, bins), want, { rel: 1e-12, abs: 1e-15 });
  });
  test('bins defaults to 15', () => {
    // 0.5 and 0.52 share bin (7/15, 8/15] of 15 bins; of 10 bins they do not
    const probs = [
      [0.5, 0.5],
      [0.48, 0.52],
    ];
    expect(expectedCalibrationError(probs, [0, 0])).toBeCloseTo(Math.abs(0.5 - 0.51), 12);
    expect(expectedCalibrationError(probs, [0, 0], 10)).toBeCloseTo(0.5 * 0.5 + 0.5 * 0.52, 12);
  });
  test('leaves its inputs unchanged', () => {
    const probs = [[0.2, 0.8]];
    const labels = [1];
    expectedCalibrationError(probs, labels);
    expect(probs).toEqual([[0.2, 0.8]]);
    expect(labels).toEqual([1]);
  });
});

describe('fitTemperature', () => {
  /** Mean NLL of softmax(z/T). */
  const loss = (logits: number[][], labels: number[], t: number) =>
    crossEntropy(
      logits.map((row) => row.map((z) => z / t)),
      labels,
    );

  test('closed form: three right, one wrong at margin 4 gives p = 3/4, T = 4 / ln 3', () => {
    const logits = [
      [4, 0],
      [4, 0],
      [0, 4],
      [4, 0],
    ];
    expectClose(fitTemperature(logits, [0, 0, 1, 1]), 4 / Math.log(3), { rel: 1e-13, abs: 0 });
  });
  test.each([
    ['over-confident', 10],
    ['under-confident', 0.3],
  ])('%s logits: the derivative of the loss vanishes at the fitted T', (_, scale) => {
    const logits = [
      [2, 0.5, -1],
      [0.1, 1.5, 0.3],
      [-0.5, 0.2, 0.9],
      [1.2, 1.1, -0.4],
      [0.3, -0.2, 0.8],
    ].map((row) => row.map((z) => z * scale));
    const labels = [0, 1, 0, 1, 2];
    const t = fitTemperature(logits, labels);
    const slope = numericalGradient(([x]) => loss(logits, labels, x as number), [t], 1e-6 * t);
    expect(Math.abs(slope[0] as number) * t).toBeLessThan(1e-8);
    for (const factor of [1 - 1e-4, 1 + 1e-4]) {
      expect(loss(logits, labels, t * factor)).toBeGreaterThan(loss(logits, labels, t));
    }
  });
  test.each([
    [
      'every row right: the loss falls as T → 0',
      [
        [3, 0],
        [0, 3],
      ],
      [0, 1],
      'every row is classified correctly',
    ],
    [
      'no better than chance: the loss falls as T → ∞',
      [
        [3, 0],
        [0, 3],
      ],
      [1, 0],
      'no better than chance',
    ],
  ])('%s', (_, logits, labels, message) => {
    expect(() => fitTemperature(logits, labels)).toThrow(`fitTemperature: the loss falls as T`);
    expect(() => fitTemperature(logits, labels)).toThrow(message);
  });
});

describe('perplexity', () => {
  test.each([
    // uniform logits over K classes: perplexity K
    ['uniform over 4', [[0, 0, 0, 0]], [2], 4],
    ['uniform over 7, two rows', [Array(7).fill(3), Array(7).fill(-2)], [0, 6], 7],
    // a mean loss of ln 2 + ln 8 / 2 … : exp of the mean of the row losses
    [
      'two rows',
      [
        [0, 0],
        [0, Math.log(7)],
      ],
      [0, 0],
      Math.exp((Math.log(2) + Math.log(8)) / 2),
    ],
    // a mean loss of 800 overflows exp
    ['overflow', [[0, 800]], [0], Number.POSITIVE_INFINITY],
  ])('%s', (_, logits, labels, want) => {
    expectClose(perplexity(logits, labels), want, { rel: 1e-14, abs: 0 });
  });
});
