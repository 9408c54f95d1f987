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
/** A stream's values: finite numbers in ±`max`, with −∞ now and then, 0 to `maxLength` of them. */
export const streamValues = (maxLength = 20, max = 50): fc.Arbitrary<number[]> =>
  fc.array(
    fc.oneof(
      { weight: 9, arbitrary: logit(max) },
      { weight: 1, arbitrary: fc.constant(Number.NEGATIVE_INFINITY) },
    ),
    { maxLength },
  );

/** A probability row of K in 2…5 classes with one label, the row's largest entry as its confidence. */
export interface CalibrationBatch {
  probs: number[][];
  labels: number[];
}

/** N in 1…12 rows of probabilities (all rows of one K in 2…5) with labels right about 2 times in 3. */
export const calibrationBatch = (): fc.Arbitrary<CalibrationBatch> =>
  fc
    .record({ rows: fc.integer({ min: 1, max: 12 }), classes: fc.integer({ min: 2, max: 5 }) })
    .chain(({ rows, classes }) =>
      fc.array(
        fc.record({
          weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
            minLength: classes,
            maxLength: classes,
          }),
          sharpen: fc.integer({ min: 1, max: 6 }),
          right: fc.integer({ min: 0, max: 2 }),
          other: fc.integer({ min: 0, max: classes - 1 }),
        }),
        { minLength: rows, maxLength: rows },
      ),
    )
    .map((rows) => {
      const probs = rows.map(({ weights, sharpen }) => {
        const powered = weights.map((w) => w ** sharpen);
        const total = powered.reduce((sum, w) => sum + w, 0);
        return powered.map((w) => w / total);
      });
      const labels = rows.map(({ right, other }, n) => {
        const row = probs[n] ?? [];
        return right > 0 ? row.indexOf(Math.max(...row)) : other;
      });
      return { probs, labels };
    });

/**
 * N in 3…12 rows of K in 2…5 logits in ±6 on a grid of quarters (random doubles crowd near 0, where
 * the NLL has no minimiser), labels right about 2 times in 3 and wrong at least once,
 * kept when the mean NLL in T has its minimiser T* in [0.1, 10], a clear slope at T*(1 ± 1e-6) and
 * enough curvature, so that every temperature within 1e-6 of T* passes, a looser one fails, and a
 * search that compares losses (golden section) can reach 1e-6.
 */
const quarterLogit = fc.integer({ min: -24, max: 24 }).map((k) => k / 4);

export const temperatureBatch = (): fc.Arbitrary<LabelledBatch> =>
  fc
    .record({ rows: fc.integer({ min: 3, max: 12 }), classes: fc.integer({ min: 2, max: 5 }) })
    .chain(({ rows, classes }) =>
      fc.array(
        fc.record({
          logits: fc.array(quarterLogit, { minLength: classes, maxLength: classes }),
          right: fc.integer({ min: 0, max: 2 }),
          other: fc.integer({ min: 0, max: classes - 1 }),
        }),
        { minLength: rows, maxLength: rows },
      ),
    )
    .map((rows) => ({
      logits: rows.map((row) => row.logits),
      labels: rows.map(({ logits, right, other }) =>
        right > 0 ? logits.indexOf(Math.max(...logits)) : other,
      ),
    }))
    .filter(({ logits, labels }) => {
      let temperature: number;
      try {
        temperature = reference.fitTemperature(logits, labels);
      } catch {
        return false; // no finite minimiser: every row right, or the labels no better than chance
      }
      if (!(temperature >= 0.1 && temperature <= 10)) return false;
      const below = reference.nllSlopeAtTemperature(logits, labels, temperature * (1 - 1e-6));
      const above = reference.nllSlopeAtTemperature(logits, labels, temperature * (1 + 1e-6));
      if (!(below < -1e-12 && above > 1e-12)) return false;
      // Curvature of the NLL relative to its value: a search that compares losses resolves T only to
      // about √(2·2⁻⁵² / curvature), which this keeps below 1.5e-7.
      const loss = (t: number) => reference.meanNllAtTemperature(logits, labels, t);
      const curvature =
        (loss(temperature * 1.001) + loss(temperature * 0.999) - 2 * loss(temperature)) /
        (1e-6 * loss(temperature));
      return curvature >= 1e-2;
    });
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
