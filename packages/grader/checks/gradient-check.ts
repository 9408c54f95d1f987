import type * as Learner from '@exercise/gradient-check';
import fc from 'fast-check';
import { logit, logitVector } from './support/arbitraries.ts';
import { callLearner, callLearnerOn } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import {
  type CheckContext,
  callOf,
  expectClose,
  expectVector,
  failCheck,
} from './support/expect-close.ts';
import { formatValue } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { TOLERANCES } from './support/tolerances.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

type Objective = (x: number[]) => number;

/** f(x) = Σ xᵢ³: its central difference is exactly 3xᵢ² + h², its one-sided one 3xᵢ² ± 3xᵢh + h². */
const cube: Objective = (x) => x.reduce((sum, v) => sum + v * v * v, 0);

/** The central difference of `cube` at `x` with step h, computed exactly: 3xᵢ² + h². */
const cubeSlopes = (x: number[], h: number): number[] => x.map((v) => 3 * v * v + h * h);

/** f(x) = Σ xᵢ³ + x₀x₁: curved (a one-sided difference is off) and coupled (a nudge left in place shows). */
const coupled: Objective = (x) => cube(x) + (x[0] ?? 0) * (x[1] ?? 0);

/** f(x) = 10¹²·Σ xᵢ³: at 0 its central difference is exactly 10¹²·h², so the step used shows in the answer. */
const steep: Objective = (x) => 1e12 * cube(x);

/** The inputs a failing exercise is diagnosed on (what each catalogued mistake returns there is in fingerprints/gradient-check.ts). */
const PROBES = {
  reference: {
    numericalGradient: reference.numericalGradient,
    relativeError: reference.relativeError,
  },
  calls: [
    { fn: 'numericalGradient', args: [coupled, [1, -2, 0.5]] },
    { fn: 'numericalGradient', args: [coupled, [1, -2], 0.1] },
    { fn: 'numericalGradient', args: [steep, [0, 0]] },
    { fn: 'numericalGradient', args: [coupled, [0.1, 0.7, -1.3]] },
    {
      fn: 'relativeError',
      args: [
        [1, -2, 0],
        [1, -2, 0],
      ],
    },
    {
      fn: 'relativeError',
      args: [
        [1, 1, 1],
        [1, 2, 1],
      ],
    },
    { fn: 'relativeError', args: [[4], [2]] },
    { fn: 'relativeError', args: [[-1], [-3]] },
    {
      fn: 'relativeError',
      args: [
        [2, 0.5],
        [-1, 0.5],
      ],
    },
    { fn: 'relativeError', args: [[], []] },
  ],
};

export default defineChecks('gradient-check', (learner: typeof Learner, { check, section }) => {
  const { numericalGradient, relativeError } = learner;

  const CHECKING = section('gradientChecking');
  const MISTAKES = section('commonMistakes');
  const NAME = 'numericalGradient';
  const RELATIVE = 'relativeError';

  function about(
    args: unknown[],
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ): CheckContext {
    return { what: NAME, input: args, lesson, ...extra };
  }

  /**
   * The learner's gradient of `f` at a copy of `x`. A function cannot be deep-copied, so `f` is
   * passed as it is (an ordinary function of the check) and only `x` is copied.
   */
  function gradientOf(f: Objective, x: number[], h: number | undefined, context: CheckContext) {
    const args: [Objective, number[]] | [Objective, number[], number] =
      h === undefined ? [f, x.slice()] : [f, x.slice(), h];
    const received = callLearnerOn(NAME, numericalGradient, args);
    expectVector(received, x.length, context);
    return received;
  }

  function expectGradient(
    f: Objective,
    x: number[],
    h: number | undefined,
    expected: number[],
    context: CheckContext,
  ) {
    expectClose(gradientOf(f, x, h, context), expected, context);
  }

  check('returns one slope per coordinate', () => {
    const x = [0.5, -1, 2];
    gradientOf(cube, x, undefined, about([cube, x], CHECKING));
  });

  check('recovers the slopes of a line', () => {
    const line: Objective = (x) => 3 * (x[0] ?? 0) - 2 * (x[1] ?? 0) + 0.5 * (x[2] ?? 0);
    const x = [0.2, -1, 4];
    expectGradient(
      line,
      x,
      undefined,
      [3, -2, 0.5],
      about([line, x], CHECKING, {
        hint: 'f(x) = 3x₀ − 2x₁ + 0.5x₂ has the slopes 3, −2 and 0.5 at every point, so a correct central difference recovers them whatever x and h are.',
        tolerance: TOLERANCES.finiteDifference,
      }),
    );
  });

  check('uses the central difference', () => {
    const x = [1, -2, 0.5];
    expectGradient(
      cube,
      x,
      undefined,
      cubeSlopes(x, 1e-5),
      about([cube, x], CHECKING, {
        hint: 'f(x) = Σ xᵢ³. A one-sided difference is off by about 3xᵢh here; the central one by only h².',
      }),
    );
  });

  check('uses the h it is given', () => {
    const x = [1, -2];
    expectGradient(
      cube,
      x,
      1e-2,
      cubeSlopes(x, 1e-2),
      about([cube, x, 1e-2], CHECKING, {
        hint: 'f(x) = Σ xᵢ³, whose central difference with step h is 3xᵢ² + h²: this call passes h = 0.01.',
      }),
    );
  });

  check('uses h = 1e-5 by default', () => {
    const x = [0, 0];
    expectGradient(
      cube,
      x,
      undefined,
      cubeSlopes(x, 1e-5),
      about([cube, x], MISTAKES, {
        hint: 'f(x) = Σ xᵢ³, whose central difference at 0 is exactly h²; this call passes no h.',
      }),
    );
  });

  check('calls f twice per coordinate', () => {
    const x = [0.3, -0.8, 1.5, 2];
    let calls = 0;
    const counted: Objective = (v) => {
      calls += 1;
      return cube(v);
    };
    const context = about([counted, x], CHECKING);
    gradientOf(counted, x, undefined, context);
    if (calls !== 2 * x.length) {
      failCheck(
        {
          ...context,
          hint: 'Each coordinate needs f at two points, one on each side; f may be a whole forward pass, so every extra call costs.',
        },
        `${callOf(context)} called f ${calls} times for ${x.length} coordinates; expected ${2 * x.length}.`,
      );
    }
  });

  check('nudges one coordinate at a time', () => {
    const x = [0.3, -0.8, 1.5, 2];
    const h = 1e-3;
    const seen: number[][] = [];
    const recorded: Objective = (v) => {
      seen.push(Array.from(v));
      return cube(v);
    };
    const context = about([recorded, x, h], CHECKING, {
      hint: 'Each evaluation of f should move a single coordinate by ±h from x and leave all the others where they are.',
    });
    gradientOf(recorded, x, h, context);
    const visited = new Set<string>();
    for (const point of seen) {
      const moved = point.flatMap((v, j) => (Math.abs(v - (x[j] ?? 0)) > h / 1000 ? [j] : []));
      const [only] = moved;
      const step = only === undefined ? 0 : (point[only] ?? 0) - (x[only] ?? 0);
      if (moved.length !== 1 || only === undefined || Math.abs(Math.abs(step) - h) > h / 1000) {
        failCheck(
          context,
          `${callOf(context)} evaluated f at ${formatValue(point)}, which is not x with one coordinate moved by ±h.`,
        );
      }
      visited.add(`${only}${step > 0 ? '+' : '-'}`);
    }
    x.forEach((_, i) => {
      for (const side of ['+', '-']) {
        if (!visited.has(`${i}${side}`)) {
          failCheck(
            context,
            `${callOf(context)} never evaluated f at x with coordinate ${i} moved by ${side}h.`,
          );
        }
      }
    });
  });

  check('leaves x unchanged', () => {
    const x = [0.1, 0.7, -1.3];
    const before = x.slice();
    callLearnerOn(NAME, numericalGradient, [cube, x]);
    const changed = x.findIndex((v, i) => !Object.is(v, before[i]));
    if (changed >= 0) {
      throw new Error(
        [
          `${NAME} changed its argument x: it was ${formatValue(before)} before the call and ${formatValue(x)} after it; x[${changed}] went from ${before[changed]} to ${x[changed]}.`,
          `${NAME} should only read x: the caller still needs it as it was, to the last bit. Adding h and subtracting it again does not always give back the same number.`,
        ].join('\n'),
      );
    }
  });

  check('approximates the gradient of the cross-entropy', () => {
    const rowWithLabel = logitVector(6, 10).chain((z) =>
      fc.record({ z: fc.constant(z), label: fc.integer({ min: 0, max: z.length - 1 }) }),
    );
    checkProperty(
      rowWithLabel,
      ({ z, label }) => {
        const loss: Objective = (v) => reference.crossEntropy([v], [label]);
        const analytic = reference.crossEntropyBackward([z], [label])[0] ?? [];
        expectGradient(
          loss,
          z,
          undefined,
          analytic,
          about([loss, z], CHECKING, {
            hint: `f is the cross-entropy of these logits with the label ${label}; the expected values are its exact gradient p − y.`,
            tolerance: TOLERANCES.finiteDifference,
          }),
        );
      },
      { numRuns: 25 },
    );
  });

  check('matches the reference on random inputs', () => {
    const scaled = fc.record({ x: logitVector(6, 5), h: fc.constantFrom(1e-5, 1e-4, 1e-3) });
    checkProperty(scaled, ({ x, h }) => {
      const f: Objective = (v) => v.reduce((sum, vi, i) => sum + Math.sin(vi) * (i + 1), 0);
      expectGradient(
        f,
        x,
        h,
        reference.numericalGradient(f, x, h),
        about([f, x, h], CHECKING, {
          hint: 'f(x) = Σ (i + 1)·sin xᵢ; the expected values are its central differences.',
        }),
      );
    });
  });

  function aboutRelative(a: number[], b: number[], extra: Partial<CheckContext> = {}) {
    return { what: RELATIVE, input: [a, b], lesson: CHECKING, ...extra } satisfies CheckContext;
  }

  function expectRelativeError(a: number[], b: number[], hint?: string) {
    const received = callLearner(RELATIVE, relativeError, [a, b]);
    expectClose(received, reference.relativeError(a, b), aboutRelative(a, b, hint ? { hint } : {}));
  }

  check('relativeError of equal arrays is 0', () => {
    expectRelativeError([1, -2, 0], [1, -2, 0], 'Two entries of 0 are equal: their error is 0.');
  });

  check('relativeError divides by the larger magnitude', () => {
    expectRelativeError([1], [3]);
    expectRelativeError(
      [4],
      [2],
      'Which of the two numbers should the difference be measured against?',
    );
  });

  check('relativeError uses magnitudes', () => {
    expectRelativeError(
      [-1],
      [-3],
      'Both numbers are negative here; a relative error is never negative.',
    );
    expectRelativeError([2], [-1]);
  });

  check('relativeError is 1 when one entry is 0', () => {
    expectRelativeError([0, 1], [1e-8, 1]);
  });

  check('relativeError does not depend on the scale', () => {
    expectRelativeError(
      [1e-8, 2e-8],
      [1.1e-8, 2e-8],
      'These gradients are tiny, but one entry is still 10% off.',
    );
  });

  check('relativeError takes the largest entry', () => {
    expectRelativeError(
      [1, 1, 1],
      [1, 2, 1],
      'One entry of three is wrong: the check must not average it away.',
    );
  });

  check('relativeError of empty arrays is 0', () => {
    expectRelativeError([], []);
  });

  check('relativeError matches the reference on random inputs', () => {
    const entry = fc.oneof(fc.constant(0), logit(10));
    const pairs = fc.integer({ min: 1, max: 8 }).chain((length) =>
      fc.record({
        a: fc.array(entry, { minLength: length, maxLength: length }),
        b: fc.array(entry, { minLength: length, maxLength: length }),
        same: fc.array(fc.boolean(), { minLength: length, maxLength: length }),
      }),
    );
    checkProperty(pairs, ({ a, b, same }) => {
      const b2 = b.map((v, i) => (same[i] ? (a[i] ?? 0) : v));
      expectRelativeError(a, b2);
    });
  });

  check('relativeError does not modify its inputs', () => {
    expectInputsUnchanged(
      RELATIVE,
      relativeError,
      [
        [1, -2, 0.5],
        [1.5, -2, 0],
      ],
      ['a', 'b'],
    );
  });
}).withProbes(PROBES);
