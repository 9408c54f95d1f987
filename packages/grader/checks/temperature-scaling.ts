import type * as Learner from '@exercise/temperature-scaling';
import fc from 'fast-check';
import { calibrationBatch, temperatureBatch } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import {
  type CheckContext,
  callOf,
  expectClose,
  expectNumber,
  failCheck,
} from './support/expect-close.ts';
import { formatDistinct, formatNumber } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** How far the fitted T may be from the minimiser: the contract's 1e-6 relative, doubled for the check's own rounding. */
const FIT_BRACKET = 2e-6;
/** Random batches per fitting check: each fit is a search, so fewer than the usual 60 keep grading fast. */
const FIT_RUNS = 25;
/** For logits of 1e6: every stable form of the loss rounds to ~1e-10 there, which limits T to ~1e-5. */
const LARGE_LOGIT_FIT = { rel: 1e-4, abs: 0, scale: 0 };
/** A step in T large enough that the NLL's curvature shows above rounding, small enough to stay near T. */
const NLL_STEP = 1e-4;

/**
 * The inputs a failing exercise is diagnosed on (what each catalogued mistake returns there is in
 * fingerprints/temperature-scaling.ts): fits where a grid, a multiplied T, a clipped probability or
 * an unshifted exponent each land elsewhere, and calibration batches with bins of unequal size,
 * confidences on bin edges and at 1, a tie for the top probability and rows not sorted.
 */
const PROBES = {
  reference: {
    fitTemperature: reference.fitTemperature,
    expectedCalibrationError: reference.expectedCalibrationError,
  },
  calls: [
    ...(
      [
        // right 3 times in 4: T = 1 / ln 3 ≈ 0.9102
        [
          [
            [1, 0],
            [1, 0],
            [1, 0],
            [1, 0],
          ],
          [0, 0, 0, 1],
        ],
        [
          [
            [2, 0.5, -1],
            [0.3, 1.2, 0.1],
            [-0.4, 0.2, 1.9],
            [1.1, 1.4, -0.2],
            [0.6, -0.8, 0.9],
          ],
          [0, 1, 2, 0, 2],
        ],
        // 60 rows right at a margin of 1 and one wrong at a margin of 13: at the minimiser its
        // probability is below 1e-7, and it alone keeps T from going to 0
        [[...Array.from({ length: 60 }, () => [1, 0]), [0, 13]], new Array<number>(61).fill(0)],
        // logits of 5000: z / T passes 709 for every temperature the search tries
        [
          [
            [5000, 4995],
            [5000, 4995],
            [5000, 4995],
            [4995, 5000],
          ],
          [0, 0, 0, 0],
        ],
      ] satisfies [number[][], number[]][]
    ).map((args) => ({ fn: 'fitTemperature', args })),
    ...(
      [
        // three predictions in one bin and one in another
        [
          [
            [0.9, 0.1],
            [0.9, 0.1],
            [0.9, 0.1],
            [0.6, 0.4],
          ],
          [0, 0, 1, 1],
          5,
        ],
        // confidences of exactly 1 and on the edges 0.6 and 0.8, rows not sorted
        [
          [
            [1, 0],
            [0.4, 0.6],
            [0.2, 0.8],
            [0.7, 0.3],
          ],
          [0, 1, 0, 0],
          5,
        ],
        // a tie for the top probability: the prediction is the first of them
        [
          [
            [0.4, 0.4, 0.2],
            [0.45, 0.1, 0.45],
            [0.7, 0.2, 0.1],
          ],
          [0, 0, 0],
          4,
        ],
        // the default of 15 bins, with a right and a wrong prediction
        [
          [
            [0.3, 0.55, 0.15],
            [0.85, 0.05, 0.1],
            [0.25, 0.25, 0.5],
          ],
          [1, 2, 2],
        ],
      ] satisfies ([number[][], number[], number] | [number[][], number[]])[]
    ).map((args) => ({ fn: 'expectedCalibrationError', args })),
  ],
};

export default defineChecks(
  'temperature-scaling',
  (learner: typeof Learner, { check, section }) => {
    const { fitTemperature, expectedCalibrationError } = learner;

    const TEMPERATURE = section('temperature');
    const CALIBRATION = section('calibration');
    const FIT = 'fitTemperature';
    const ECE = 'expectedCalibrationError';

    function aboutFit(
      logits: number[][],
      labels: number[],
      lesson: CheckContext['lesson'],
      extra: Partial<CheckContext> = {},
    ) {
      return { what: FIT, input: [logits, labels], lesson, ...extra } satisfies CheckContext;
    }

    /** The learner's temperature, checked to be a positive finite number. */
    function temperatureOf(logits: number[][], labels: number[], context: CheckContext): number {
      const received = callLearner(FIT, fitTemperature, [logits, labels]);
      expectNumber(received, context);
      if (!(received > 0 && Number.isFinite(received))) {
        failCheck(
          context,
          `${callOf(context)} returned ${formatNumber(received)}; a temperature is a finite number > 0.`,
        );
      }
      return received;
    }

    /** Fails unless no temperature 0.01 % away from the learner's has a lower mean NLL. */
    function expectNoLowerNeighbour(
      logits: number[][],
      labels: number[],
      temperature: number,
      context: CheckContext,
    ) {
      const here = reference.meanNllAtTemperature(logits, labels, temperature);
      for (const factor of [1 - NLL_STEP, 1 + NLL_STEP]) {
        const neighbour = temperature * factor;
        const there = reference.meanNllAtTemperature(logits, labels, neighbour);
        if (there < here) {
          const [lower, yours] = formatDistinct(there, here);
          failCheck(
            context,
            `${callOf(context)} returned T = ${formatNumber(temperature, 8)}, but T = ${formatNumber(neighbour, 8)} gives a lower mean NLL (${lower} < ${yours}), so T is not the minimiser; it is about ${formatNumber(reference.fitTemperature(logits, labels), 8)}.`,
          );
        }
      }
    }

    /** Fails unless the NLL's slope changes sign within FIT_BRACKET of the learner's T: the minimiser is that close. */
    function expectStationary(
      logits: number[][],
      labels: number[],
      temperature: number,
      context: CheckContext,
    ) {
      const below = reference.nllSlopeAtTemperature(
        logits,
        labels,
        temperature * (1 - FIT_BRACKET),
      );
      const above = reference.nllSlopeAtTemperature(
        logits,
        labels,
        temperature * (1 + FIT_BRACKET),
      );
      if (below <= 0 && above >= 0) return;
      const side = below > 0 ? 'still rising' : 'still falling';
      failCheck(
        context,
        `${callOf(context)} returned T = ${formatNumber(temperature, 10)}, where the mean NLL is ${side}: the minimiser is about ${formatNumber(reference.fitTemperature(logits, labels), 10)}, more than 1e-6 relative away.`,
      );
    }

    function expectFits(
      logits: number[][],
      labels: number[],
      lesson: CheckContext['lesson'],
      hint?: string,
    ) {
      const context = aboutFit(logits, labels, lesson, hint ? { hint } : {});
      const temperature = temperatureOf(logits, labels, context);
      expectNoLowerNeighbour(logits, labels, temperature, context);
      expectStationary(logits, labels, temperature, context);
    }

    /** Four rows of [1, 0] right three times: the best probability is 3/4, reached at T = 1 / ln 3. */
    const UNDER_CONFIDENT = {
      logits: [
        [1, 0],
        [1, 0],
        [1, 0],
        [1, 0],
      ],
      labels: [0, 0, 0, 1],
    };
    /** Five rows of [4, 0] right four times: σ(4 / T) = 4/5 at T = 4 / ln 4 ≈ 2.885. */
    const OVER_CONFIDENT = {
      logits: [
        [4, 0],
        [4, 0],
        [4, 0],
        [4, 0],
        [4, 0],
      ],
      labels: [0, 0, 0, 0, 1],
    };
    /** The validation set of the lesson's worked example. */
    const LESSON_EXAMPLE = {
      logits: [
        [4, 0, -1],
        [3.5, 1, 0],
        [0, 5, 1],
        [4.5, 0.5, 0],
        [1, 0, 4],
        [0, 3, 2.5],
      ],
      labels: [0, 1, 1, 2, 2, 2],
    };

    check('fitTemperature returns a positive number', () => {
      const { logits, labels } = LESSON_EXAMPLE;
      temperatureOf(logits, labels, aboutFit(logits, labels, TEMPERATURE));
    });

    check('an over-confident model gets T > 1', () => {
      const hint =
        'The model is right less often than its confidence says, so its logits must shrink.';
      expectFits(OVER_CONFIDENT.logits, OVER_CONFIDENT.labels, TEMPERATURE, hint);
      expectFits(LESSON_EXAMPLE.logits, LESSON_EXAMPLE.labels, TEMPERATURE, hint);
    });

    check('an under-confident model gets T < 1', () => {
      const hint =
        'The model is right more often (3 in 4) than its confidence σ(1) ≈ 0.73 says, so its logits must grow.';
      expectFits(UNDER_CONFIDENT.logits, UNDER_CONFIDENT.labels, TEMPERATURE, hint);
    });

    check('no nearby temperature has a lower NLL', () => {
      checkProperty(
        temperatureBatch(),
        ({ logits, labels }) => {
          const context = aboutFit(logits, labels, TEMPERATURE);
          expectNoLowerNeighbour(logits, labels, temperatureOf(logits, labels, context), context);
        },
        { numRuns: FIT_RUNS },
      );
    });

    check('the fitted temperature is accurate to 1e-6', () => {
      checkProperty(
        temperatureBatch(),
        ({ logits, labels }) => {
          const context = aboutFit(logits, labels, TEMPERATURE, {
            hint: 'A coarse grid or a search stopped early lands near the minimiser but not on it.',
          });
          expectStationary(logits, labels, temperatureOf(logits, labels, context), context);
        },
        { numRuns: FIT_RUNS },
      );
    });

    check('survives logits of 1e6', () => {
      const logits = [
        [1e6, 1e6 - 10],
        [1e6, 1e6 - 10],
        [1e6, 1e6 - 10],
        [1e6, 1e6 - 5],
      ];
      const labels = [0, 0, 0, 1];
      // At |z| = 1e6 the loss itself is only known to about 1e-10 (z / T rounds to an ulp of 2e5), so a
      // search that compares losses cannot place T closer than about 1e-5; an overflow is off by far more.
      const context = aboutFit(logits, labels, TEMPERATURE, {
        hint: 'Math.exp overflows to Infinity above about 709.78, and z / T here is far beyond it.',
        tolerance: LARGE_LOGIT_FIT,
      });
      expectClose(
        temperatureOf(logits, labels, context),
        reference.fitTemperature(logits, labels),
        context,
      );
    });

    check('a confidently wrong example keeps its full loss', () => {
      // 120 right rows against one row wrong by 36: at the best T ≈ 1.08 the wrong row's probability
      // is about 4e-15, and its whole −log p is what holds T down.
      const logits = [...Array.from({ length: 120 }, () => [1.5, 0]), [0, 36]];
      const labels = logits.map(() => 0);
      expectFits(
        logits,
        labels,
        TEMPERATURE,
        'The last row gives its label a probability far below 1e-7 at the best temperature; its loss is large and it counts in full.',
      );
    });

    check('fitTemperature does not modify its inputs', () => {
      const { logits, labels } = LESSON_EXAMPLE;
      expectInputsUnchanged(FIT, fitTemperature, [logits, labels], ['logits', 'labels']);
    });

    function aboutEce(
      probs: number[][],
      labels: number[],
      bins: number | undefined,
      lesson: CheckContext['lesson'],
      extra: Partial<CheckContext> = {},
    ) {
      const input = bins === undefined ? [probs, labels] : [probs, labels, bins];
      return { what: ECE, input, lesson, ...extra } satisfies CheckContext;
    }

    function expectEce(
      probs: number[][],
      labels: number[],
      bins: number | undefined,
      lesson: CheckContext['lesson'],
      hint?: string,
    ) {
      const args: [number[][], number[], number?] =
        bins === undefined ? [probs, labels] : [probs, labels, bins];
      const received = callLearner(ECE, expectedCalibrationError, args);
      const expected = reference.expectedCalibrationError(probs, labels, bins);
      expectClose(received, expected, aboutEce(probs, labels, bins, lesson, hint ? { hint } : {}));
    }

    check('ECE of one prediction is the gap between its confidence and its correctness', () => {
      expectEce([[0.75, 0.25]], [0], undefined, CALIBRATION);
      expectEce([[0.75, 0.25]], [1], undefined, CALIBRATION);
    });

    check('a calibrated set has ECE 0', () => {
      const row = [0.75, 0.2, 0.05];
      expectEce(
        [row, row, row, row],
        [0, 0, 0, 2],
        undefined,
        CALIBRATION,
        'These four predictions are 75 % confident and right 3 times in 4.',
      );
    });

    check('each bin counts by its share of the predictions', () => {
      const probs = [
        [0.9, 0.05, 0.05],
        [0.9, 0.05, 0.05],
        [0.9, 0.05, 0.05],
        [0.62, 0.3, 0.08],
      ];
      expectEce(
        probs,
        [0, 0, 0, 1],
        undefined,
        CALIBRATION,
        'Three predictions fall in one bin and one in another; a bin with more predictions counts for more.',
      );
    });

    check('uses the bins argument, 15 by default', () => {
      const probs = [
        [0.62, 0.38],
        [0.68, 0.32],
      ];
      const hint =
        'With 15 bins these confidences fall in two bins, with 5 or 10 bins in the same one.';
      expectEce(probs, [0, 1], undefined, CALIBRATION, hint);
      expectEce(probs, [0, 1], 5, CALIBRATION, hint);
      expectEce(probs, [0, 1], 3, CALIBRATION, hint);
    });

    check('a confidence of 1 falls in the last bin', () => {
      const probs = [
        [1, 0],
        [0.98, 0.02],
      ];
      expectEce(
        probs,
        [1, 0],
        undefined,
        CALIBRATION,
        'Bin b holds the confidences in (b/B, (b+1)/B]: the upper edge belongs to the bin.',
      );
    });

    check('a confidence of 0.5 closes its bin', () => {
      const probs = [
        [0.5, 0.3, 0.2],
        [0.55, 0.25, 0.2],
      ];
      const hint =
        'Bin b holds the confidences in (b/B, (b+1)/B]: with 10 bins, 0.5 is the upper edge of bin 4.';
      expectEce(probs, [0, 1], 10, CALIBRATION, hint);
      expectEce(probs, [0, 1], 2, CALIBRATION, hint);
    });

    check('ties predict the first class with the largest probability', () => {
      expectEce(
        [
          [0.45, 0.45, 0.1],
          [0.1, 0.45, 0.45],
        ],
        [1, 2],
        undefined,
        CALIBRATION,
        'When two classes share the largest probability, the prediction is the one with the smaller index.',
      );
    });

    check('the confidence is the largest probability, not the label’s', () => {
      expectEce(
        [
          [0.7, 0.2, 0.1],
          [0.3, 0.6, 0.1],
        ],
        [1, 1],
        undefined,
        CALIBRATION,
        'A reliability diagram bins predictions by how sure the model is of its own prediction.',
      );
    });

    /** True when `confidence` is exactly 0.5 or 1, or at least 1e-9 from every edge b/B. */
    function clearOfEdges(confidence: number, bins: number): boolean {
      if (confidence === 0.5 || confidence === 1) return true;
      const nearest = Math.round(confidence * bins) / bins;
      return Math.abs(confidence - nearest) >= 1e-9;
    }

    check('ECE matches the reference on random inputs', () => {
      const cases = fc
        .record({
          batch: calibrationBatch(),
          bins: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 20 })),
        })
        .filter(({ batch, bins }) =>
          batch.probs.every((row) => clearOfEdges(Math.max(...row), bins ?? 15)),
        );
      checkProperty(cases, ({ batch, bins }) => {
        expectEce(batch.probs, batch.labels, bins, CALIBRATION);
      });
    });

    check('expectedCalibrationError does not modify its inputs', () => {
      const probs = [
        [0.2, 0.7, 0.1],
        [0.5, 0.25, 0.25],
      ];
      expectInputsUnchanged(
        ECE,
        expectedCalibrationError,
        [probs, [1, 2], 15],
        ['probs', 'labels', 'bins'],
      );
    });
  },
).withProbes(PROBES);
