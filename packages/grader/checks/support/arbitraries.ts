import fc from 'fast-check';
import { reference } from './reference.ts';

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

/** A classification training problem: features, labels, the class count and the run's options. */
export interface TrainingProblem {
  x: number[][];
  y: number[];
  numClasses: number;
  options: { epochs: number; learningRate: number };
}

/**
 * A seeded blob dataset (N in 6…60, K in 2…5, D in 2…5) and a run of 1…30 epochs. The learning rate
 * is a fraction of 2/tr(X̃ᵀX̃/N), X̃ = [x, 1]: the trace bounds the largest eigenvalue λ, so the rate
 * stays in the stable range lr ≤ 2/λ where two correct implementations cannot drift apart.
 */
export const trainingProblem = (): fc.Arbitrary<TrainingProblem> =>
  fc.noShrink(
    fc
      .record({
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        n: fc.integer({ min: 6, max: 60 }),
        classes: fc.integer({ min: 2, max: 5 }),
        dims: fc.integer({ min: 2, max: 5 }),
        spread: fc.double({ min: 0.5, max: 2, noNaN: true }),
        epochs: fc.integer({ min: 1, max: 30 }),
        fraction: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
      })
      .map(({ seed, n, classes, dims, spread, epochs, fraction }) => {
        const { x, y } = reference.makeBlobs({ seed, n, classes, dims, spread });
        const learningRate = fraction * stableLearningRate(x);
        return { x, y, numClasses: classes, options: { epochs, learningRate } };
      }),
  );

/** 2/tr(X̃ᵀX̃/N) with X̃ = [x, 1]: at most 2/λ, the largest learning rate that keeps descent stable. */
export function stableLearningRate(x: number[][]): number {
  const trace = x.reduce((sum, row) => sum + 1 + row.reduce((s, v) => s + v * v, 0), 0) / x.length;
  return 2 / trace;
}
/** A target in [0, 1]: the hard 0 and 1 drawn often, soft values otherwise. */
export const binaryTarget = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));

/** Binary logits with soft or hard targets, of equal length 1…10. */
export const softBinaryBatch = (max = 20): fc.Arbitrary<BinaryBatch> =>
  fc.integer({ min: 1, max: 10 }).chain((length) =>
    fc.record({
      logits: fc.array(logit(max), { minLength: length, maxLength: length }),
      targets: fc.array(binaryTarget(), { minLength: length, maxLength: length }),
    }),
  );

/** A positive-class weight in [0.1, 20], with 1 and 3 drawn often. */
export const positiveWeight = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(1, 3), fc.double({ min: 0.1, max: 20, noNaN: true }));

/** A labelled batch with a positive weight per class and some rows ignored by `ignoreIndex`. */
export interface WeightedBatch extends LabelledBatch {
  weights: number[];
  ignoreIndex: number;
}

/** N in 1…5 rows of K in 1…6 logits, weights in [0.1, 5], and any row but the first ignored half the time. */
export const weightedBatch = (max = 30): fc.Arbitrary<WeightedBatch> =>
  labelledBatch(max).chain(({ logits, labels }) => {
    const classes = logits[0]?.length ?? 1;
    return fc
      .record({
        logits: fc.constant(logits),
        weights: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), {
          minLength: classes,
          maxLength: classes,
        }),
        ignoreIndex: fc.constantFrom(-100, 255),
        ignored: fc.array(fc.boolean(), { minLength: labels.length, maxLength: labels.length }),
        labels: fc.constant(labels),
      })
      .map(({ ignored, ignoreIndex, labels: kept, ...rest }) => ({
        ...rest,
        ignoreIndex,
        labels: kept.map((label, n) => (n > 0 && ignored[n] ? ignoreIndex : label)),
      }));
  });
