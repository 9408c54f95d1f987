import { predictSoftmaxRegression } from '@xent/core';
import { describe, expect, it } from 'vitest';
import {
  CAPSTONE,
  capstoneRun,
  clipPolygon,
  decisionRegions,
  type Point,
  stableRateBound,
} from '../src/lib/capstone.ts';

const square: Point[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
];

/** The shoelace area of a polygon. */
const area = (polygon: readonly Point[]) =>
  Math.abs(
    polygon.reduce((sum, [x1, y1], i) => {
      const [x2, y2] = polygon[(i + 1) % polygon.length] as Point;
      return sum + x1 * y2 - x2 * y1;
    }, 0),
  ) / 2;

describe('clipPolygon', () => {
  it.each([
    // x₁ − 0.5 ≥ 0 keeps the right half of the unit square.
    { a: [1, 0] as Point, c: -0.5, expected: 0.5 },
    // x₁ + x₂ − 1 ≥ 0 keeps the triangle above the diagonal.
    { a: [1, 1] as Point, c: -1, expected: 0.5 },
    // A half-plane that holds the whole square keeps all of it, one that misses it keeps nothing.
    { a: [1, 0] as Point, c: 5, expected: 1 },
    { a: [1, 0] as Point, c: -5, expected: 0 },
  ])('clips the unit square by $a·x + $c ≥ 0 to area $expected', ({ a, c, expected }) => {
    expect(area(clipPolygon(square, a, c))).toBeCloseTo(expected, 12);
  });
});

describe('decisionRegions', () => {
  const model = {
    weights: [
      [1, 0],
      [-1, 0.5],
      [0, -1],
    ],
    bias: [0, 0.2, -0.1],
  };
  const regions = decisionRegions(model, [-4, 4]);

  it('splits the box into regions that cover it exactly', () => {
    expect(regions.reduce((sum, region) => sum + area(region), 0)).toBeCloseTo(64, 9);
  });

  it('puts every region where its class has the largest logit', () => {
    regions.forEach((region, k) => {
      if (region.length === 0) return;
      const centroid = region.reduce<Point>(
        ([sx, sy], [x, y]) => [sx + x / region.length, sy + y / region.length],
        [0, 0],
      );
      expect(predictSoftmaxRegression(model, [[...centroid]])).toEqual([k]);
    });
  });
});

describe('the capstone run', () => {
  const run = capstoneRun();

  it('starts at ln K and ends lower, on the training and the held-out sample', () => {
    expect(run.losses[0]).toBeCloseTo(Math.log(CAPSTONE.blobs.classes), 12);
    expect(run.finalLoss).toBeLessThan(run.losses[0] ?? 0);
    expect(run.heldOutLosses.at(-1)?.[0]).toBe(CAPSTONE.epochs);
    expect(run.heldOutLosses.at(-1)?.[1]).toBeLessThan(run.heldOutLosses[0]?.[1] ?? 0);
  });

  it('trains with a learning rate inside the stable range', () => {
    expect(CAPSTONE.learningRate).toBeLessThanOrEqual(stableRateBound(run.train.x));
  });
});
