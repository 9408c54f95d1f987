import { describe, expect, test } from 'vitest';
import { numericalGradient, relativeError } from '../src/index.ts';

// The gradient-check oracles: relativeError from its definition, numericalGradient's contract
// (central differences, one coordinate at a time, x unchanged).
describe('relativeError', () => {
  test.each([
    ['empty arrays', [], [], 0],
    ['equal arrays', [1, -2, 0], [1, -2, 0], 0],
    ['two zeros agree', [0], [0], 0],
    ['against zero', [0], [1e-9], 1],
    ['one entry', [1], [1.1], 0.1 / 1.1],
    ['the largest entry wins', [1, 100, 3], [1.01, 100, 2], 1 / 3],
    ['sign flip', [1], [-1], 2],
    ['symmetric', [1.1], [1], 0.1 / 1.1],
    ['same infinity', [Number.POSITIVE_INFINITY], [Number.POSITIVE_INFINITY], 0],
    ['infinity against a number', [Number.POSITIVE_INFINITY], [1], Number.POSITIVE_INFINITY],
    ['NaN', [1, Number.NaN], [1, 1], Number.NaN],
  ])('%s', (_, a, b, want) => {
    const got = relativeError(a, b);
    if (Number.isNaN(want)) expect(got).toBeNaN();
    else expect(got).toBeCloseTo(want, 15);
  });
});

describe('numericalGradient', () => {
  test('central differences: exact for a quadratic, one coordinate at a time', () => {
    const calls: number[][] = [];
    const f = (x: number[]) => {
      calls.push(x.slice());
      return (x[0] as number) ** 2 + 3 * (x[0] as number) * (x[1] as number);
    };
    const g = numericalGradient(f, [1, 2], 0.5);
    // ∂/∂x₀ = 2x₀ + 3x₁ = 8, ∂/∂x₁ = 3x₀ = 3; central differences are exact on quadratics
    expect(g).toEqual([8, 3]);
    expect(calls).toEqual([
      [1.5, 2],
      [0.5, 2],
      [1, 2.5],
      [1, 1.5],
    ]);
  });
  test('default h = 1e-5 and x unchanged', () => {
    const x = [0.3, -0.7];
    const g = numericalGradient((v) => Math.sin(v[0] as number) + (v[1] as number) ** 3, x);
    expect(x).toEqual([0.3, -0.7]);
    expect(relativeError(g, [Math.cos(0.3), 3 * 0.49])).toBeLessThan(1e-9);
    // central differences err by h²·f‴/6: exactly h² = 1e-10 for x³ at the default h
    const cubic = numericalGradient((v) => (v[0] as number) ** 3, [1]);
    expect(Math.abs((cubic[0] as number) - 3)).toBeLessThan(1e-9);
  });
});
