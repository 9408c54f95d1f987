import type * as Learner from '@exercise/focal-loss';
import fc from 'fast-check';
import { binaryBatch, focalAlpha, focalGamma } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import { type CheckContext, expectClose, expectNumber } from './support/expect-close.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** The inputs a failing focal loss is diagnosed on (what each catalogued mistake returns there is in fingerprints/focal-loss.ts). */
const PROBES = {
  reference: { focalLoss: reference.focalLoss },
  calls: (
    [
      [[1.5, -0.5, 0.2, -2], [1, 0, 0, 1], 0.25, 2],
      [
        [1.5, -0.5, 0.2, -2],
        [1, 0, 0, 1],
      ],
      [[2, -1, 0.5, -3], [1, 1, 0, 0], 0.25, 0],
      [[4, -4, 3], [1, 0, 1], -1, 2],
      [[0.7, -1.2, 2.5], [0, 1, 1], -1, 2],
      [[0.8, -1.5, 2.2], [1, 1, 1], 0.25, 2],
      [[0.8, -1.5, 2.2], [0, 0, 0], 0.25, 2],
      [[0.9, 0.9, 0.9, 0.9], [1, 1, 1, 1], 0.25, 2],
      [[0.3, -0.7, 1.2], [1, 0, 0], 0.6, 1.5],
      [[300, -300, 800, -800, 150], [1, 0, 0, 1, 1], 0.25, 2],
      [[40, -40], [0, 1], 0.25, 2],
    ] satisfies [number[], number[], number?, number?][]
  ).map((args) => ({ fn: 'focalLoss', args })),
};

export default defineChecks('focal-loss', (learner: typeof Learner, { check, section }) => {
  const { focalLoss } = learner;

  const MODULATING = section('modulatingFactor');
  const ALPHA = section('alpha');
  const STABLE = section('stableLogits');

  /** A call of focalLoss: alpha and gamma are left out when undefined, to exercise the defaults. */
  interface FocalCall {
    logits: number[];
    targets: number[];
    alpha?: number;
    gamma?: number;
  }

  function argumentsOf({
    logits,
    targets,
    alpha,
    gamma,
  }: FocalCall): [number[], number[], number?, number?] {
    if (alpha === undefined) return [logits, targets];
    return gamma === undefined ? [logits, targets, alpha] : [logits, targets, alpha, gamma];
  }

  function expectLossMatches(
    call: FocalCall,
    expected: number,
    lesson: CheckContext['lesson'],
    hint?: string,
  ) {
    const args = argumentsOf(call);
    const received = callLearner('focalLoss', focalLoss, args);
    expectClose(received, expected, {
      what: 'focalLoss',
      input: args,
      lesson,
      ...(hint ? { hint } : {}),
    });
  }

  function expectMatchesReference(call: FocalCall, lesson: CheckContext['lesson'], hint?: string) {
    const expected = reference.focalLoss(call.logits, call.targets, call.alpha, call.gamma);
    expectLossMatches(call, expected, lesson, hint);
  }

  /** The α-balanced binary cross-entropy, averaged: what focal loss becomes with γ = 0. */
  function alphaBalancedCrossEntropy(logits: number[], targets: number[], alpha: number): number {
    const losses = reference.binaryCrossEntropy(logits, targets);
    const weighted = losses.map((loss, i) => {
      const target = targets[i] ?? 0;
      return (alpha * target + (1 - alpha) * (1 - target)) * loss;
    });
    return weighted.reduce((sum, loss) => sum + loss, 0) / weighted.length;
  }

  check('returns a single number', () => {
    const args: [number[], number[], number, number] = [[1.5, -0.5], [1, 0], 0.25, 2];
    const received = callLearner('focalLoss', focalLoss, args);
    expectNumber(received, { what: 'focalLoss', input: args, lesson: MODULATING });
  });

  check('matches torchvision on a small example', () => {
    expectMatchesReference(
      { logits: [1.5, -0.5, 0.2, -2], targets: [1, 0, 0, 1], alpha: 0.25, gamma: 2 },
      MODULATING,
    );
  });

  check('uses α = 0.25 and γ = 2 by default', () => {
    expectMatchesReference(
      { logits: [1.5, -0.5, 0.2, -2], targets: [1, 0, 0, 1] },
      ALPHA,
      'This call passes only logits and targets.',
    );
  });

  check('γ = 0 gives α-balanced cross-entropy', () => {
    const logits = [2, -1, 0.5, -3];
    const targets = [1, 1, 0, 0];
    expectLossMatches(
      { logits, targets, alpha: 0.25, gamma: 0 },
      alphaBalancedCrossEntropy(logits, targets, 0.25),
      MODULATING,
      'With γ = 0 the modulating factor is 1 for every element.',
    );
  });

  check('well-classified examples are down-weighted', () => {
    expectMatchesReference(
      { logits: [4, -4, 3], targets: [1, 0, 1], alpha: -1, gamma: 2 },
      MODULATING,
      'These predictions are confident and right, so their loss should shrink far below their cross-entropy.',
    );
  });

  check('α < 0 turns the weighting off', () => {
    expectMatchesReference(
      { logits: [0.7, -1.2, 2.5], targets: [0, 1, 1], alpha: -1, gamma: 2 },
      ALPHA,
      'A negative α means no α weighting at all.',
    );
  });

  const ONE_SIDED_TARGETS = [
    { name: 'matches torchvision when every target is 1', target: 1 },
    { name: 'matches torchvision when every target is 0', target: 0 },
  ];

  for (const { name, target } of ONE_SIDED_TARGETS) {
    check(name, () => {
      const logits = [0.8, -1.5, 2.2];
      const targets = logits.map(() => target);
      expectMatchesReference(
        { logits, targets, alpha: 0.25, gamma: 2 },
        ALPHA,
        `Every element here is ${target === 1 ? 'positive' : 'negative'}.`,
      );
    });
  }

  check('averages over the elements', () => {
    expectMatchesReference(
      { logits: [0.9, 0.9, 0.9, 0.9], targets: [1, 1, 1, 1], alpha: 0.25, gamma: 2 },
      MODULATING,
      'These four elements are identical; their loss equals that of one of them alone.',
    );
  });

  check('survives logits in the hundreds', () => {
    expectMatchesReference(
      { logits: [300, -300, 800, -800, 150], targets: [1, 0, 0, 1, 1], alpha: 0.25, gamma: 2 },
      STABLE,
      'For logits this large Math.exp overflows or σ(x) rounds to exactly 0 or 1.',
    );
  });

  check('matches the reference on random inputs', () => {
    const cases = fc.record({ batch: binaryBatch(), alpha: focalAlpha(), gamma: focalGamma() });
    checkProperty(cases, ({ batch, alpha, gamma }) => {
      expectMatchesReference({ ...batch, alpha, gamma }, MODULATING);
    });
  });

  check('does not modify its inputs', () => {
    expectInputsUnchanged(
      'focalLoss',
      focalLoss,
      [[2, -1, 0.5], [1, 0, 1], 0.25, 2],
      ['logits', 'targets', 'alpha', 'gamma'],
    );
  });
}).withProbes(PROBES);
