import fc from 'fast-check';

/** A logit in a range where a correct float64 softmax has nothing to fear. */
export const logit = (max = 30): fc.Arbitrary<number> =>
  fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });

/** A vector of 1 to `maxLength` logits. */
export const logitVector = (maxLength = 10, max = 30): fc.Arbitrary<number[]> =>
  fc.array(logit(max), { minLength: 1, maxLength });

/** A batch of N rows of K logits with one integer label per row. */
export interface LabelledBatch {
  logits: number[][];
  labels: number[];
}

/** N in 1…5 rows of K in 1…6 logits, each with a label in 0…K − 1. */
export const labelledBatch = (max = 30): fc.Arbitrary<LabelledBatch> =>
  fc
    .record({ rows: fc.integer({ min: 1, max: 5 }), classes: fc.integer({ min: 1, max: 6 }) })
    .chain(({ rows, classes }) =>
      fc.record({
        logits: fc.array(fc.array(logit(max), { minLength: classes, maxLength: classes }), {
          minLength: rows,
          maxLength: rows,
        }),
        labels: fc.array(fc.integer({ min: 0, max: classes - 1 }), {
          minLength: rows,
          maxLength: rows,
        }),
      }),
    );

/** A smoothing strength ε in [0, 1], with the ends drawn often. */
export const smoothing = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(0, 0.1, 1), fc.double({ min: 0, max: 1, noNaN: true }));

/** Binary logits with targets of 0 or 1, of equal length 1…10. */
export interface BinaryBatch {
  logits: number[];
  targets: number[];
}

export const binaryBatch = (max = 20): fc.Arbitrary<BinaryBatch> =>
  fc.integer({ min: 1, max: 10 }).chain((length) =>
    fc.record({
      logits: fc.array(logit(max), { minLength: length, maxLength: length }),
      targets: fc.array(fc.constantFrom(0, 1), { minLength: length, maxLength: length }),
    }),
  );

/** An α in [0, 1], or −1 (weighting off). */
export const focalAlpha = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(0.25, -1), fc.double({ min: 0, max: 1, noNaN: true }));

/** A γ in [0, 5], with the usual 0 and 2 drawn often. */
export const focalGamma = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(0, 2), fc.double({ min: 0, max: 5, noNaN: true }));

/** A distribution over 1…`maxLength` outcomes: integer weights in 0…`maxWeight`, normalised, at least one positive. */
export const distribution = (maxLength = 8, minWeight = 0): fc.Arbitrary<number[]> =>
  fc.integer({ min: 1, max: maxLength }).chain((length) => weightsOfLength(length, minWeight));

/** A data distribution y and a model distribution p over the same outcomes. */
export interface DistributionPair {
  y: number[];
  p: number[];
}

/** y with some zero entries allowed, and p with every entry positive, so that H(y, p) and KL(y‖p) are finite. */
export const distributionPair = (maxLength = 8): fc.Arbitrary<DistributionPair> =>
  fc
    .integer({ min: 1, max: maxLength })
    .chain((length) => fc.record({ y: weightsOfLength(length, 0), p: weightsOfLength(length, 1) }));

function weightsOfLength(length: number, minWeight: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.integer({ min: minWeight, max: 100 }), { minLength: length, maxLength: length })
    .filter((weights) => weights.some((w) => w > 0))
    .map((weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      return weights.map((w) => w / total);
    });
}

/** A vector of 1 to `maxLength` logits of which some (never all) may be −∞, a masked class. */
export const maskedLogitVector = (maxLength = 10, max = 30): fc.Arbitrary<number[]> =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: logit(max) }, fc.constant(Number.NEGATIVE_INFINITY)), {
      minLength: 1,
      maxLength,
    })
    .filter((logits) => logits.some(Number.isFinite));
