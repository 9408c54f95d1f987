import type * as Learner from '@exercise/binary-cross-entropy';
import fc from 'fast-check';
import { positiveWeight, softBinaryBatch } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import { type CheckContext, expectClose, expectNumber } from './support/expect-close.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** Cases computed by PyTorch 1.13 in float64 (`binary_cross_entropy_with_logits`, reduction 'mean'). */
const PYTORCH_CASES: { logits: number[]; targets: number[]; posWeight: number; loss: number }[] = [
  { logits: [0.15706876394639957], targets: [1], posWeight: 3, loss: 1.853080375125979 },
  {
    logits: [0.15706876394639957],
    targets: [0.18740355528110986],
    posWeight: 3,
    loss: 0.976842877881402,
  },
  {
    logits: [1.5876983558930684, 0.7644461080640116],
    targets: [0.8851853177186101, 0.09309912806546017],
    posWeight: 1,
    loss: 0.7219024015416773,
  },
  {
    logits: [
      -1.8247908215677828, 5.771710698010648, -18.43035418169029, -7.215409494866386,
      4.251219100495293,
    ],
    targets: [1, 1, 1, 0, 0],
    posWeight: 3,
    loss: 13.097871738541802,
  },
];

/** The inputs a failing loss is diagnosed on (what each catalogued mistake returns there is in fingerprints/binary-cross-entropy.ts). */
const PROBES = {
  reference: { bceWithLogits: reference.bceWithLogits },
  calls: (
    [
      [[0.7], [1]],
      [
        [0.5, -1.2, 2],
        [1, 0, 1],
      ],
      [[0.5, -1.2, 2, 0.3], [1, 0, 1, 0], 3],
      [
        [1.5, -0.4],
        [0.3, 0.8],
      ],
      [
        [1.5, -0.4],
        [0.3, 0.2],
      ],
      [[40], [0]],
      [[20], [1]],
      [[-1000], [0]],
      [[-1000], [1]],
    ] satisfies ([number[], number[]] | [number[], number[], number])[]
  ).map((args) => ({ fn: 'bceWithLogits', args })),
};

export default defineChecks(
  'binary-cross-entropy',
  (learner: typeof Learner, { check, section }) => {
    const { bceWithLogits } = learner;

    const DEFINITION = section('definition');
    const STABLE = section('stable');
    const NAIVE_LOG = section('naiveLog');
    const CLIPPING = section('clipping');
    const MEAN = section('multiLabel');
    const POS_WEIGHT = section('posWeight');
    const NAME = 'bceWithLogits';

    function about(
      args: [number[], number[]] | [number[], number[], number],
      lesson: CheckContext['lesson'],
      extra: Partial<CheckContext> = {},
    ) {
      return { what: NAME, input: args, lesson, ...extra } satisfies CheckContext;
    }

    /** Calls the learner with `args` (two of them to use the default posWeight) and compares with `expected`. */
    function expectLoss(
      args: [number[], number[]] | [number[], number[], number],
      expected: number,
      lesson: CheckContext['lesson'],
      hint?: string,
    ) {
      const received = callLearner(NAME, bceWithLogits, args);
      expectClose(received, expected, about(args, lesson, hint ? { hint } : {}));
    }

    /** Compares the learner with the reference, @xent/core, itself checked against PyTorch. */
    function expectMatchesReference(
      logits: number[],
      targets: number[],
      posWeight: number,
      lesson: CheckContext['lesson'],
      hint?: string,
    ) {
      const expected = reference.bceWithLogits(logits, targets, posWeight);
      expectLoss([logits, targets, posWeight], expected, lesson, hint);
    }

    check('returns a single number', () => {
      const args: [number[], number[], number] = [[0.5, -1], [1, 0], 1];
      expectNumber(callLearner(NAME, bceWithLogits, args), about(args, DEFINITION));
    });

    check('matches PyTorch on small inputs', () => {
      for (const { logits, targets, posWeight, loss } of PYTORCH_CASES) {
        expectLoss([logits, targets, posWeight], loss, STABLE);
      }
    });

    check('a logit of 0 costs log 2 whatever the target', () => {
      expectLoss([[0, 0, 0], [0, 1, 0.3], 1], Math.LN2, DEFINITION, 'σ(0) = 1/2 for both classes.');
    });

    check('averages over the elements', () => {
      const one = reference.bceWithLogits([0.7], [1], 1);
      expectLoss(
        [[0.7, 0.7, 0.7], [1, 1, 1], 1],
        one,
        MEAN,
        'The same element three times must cost what it costs once.',
      );
    });

    check('accepts soft targets', () => {
      expectMatchesReference(
        [0.5, -2, 3],
        [0.3, 0.9, 0.5],
        1,
        DEFINITION,
        'A target of 0.3 is neither a 0 nor a 1: both terms count.',
      );
      expectMatchesReference([1.5, -0.5], [0.25, 0.6], 2.5, POS_WEIGHT);
    });

    check('posWeight leaves negative examples alone', () => {
      expectMatchesReference(
        [1.2, -0.4, 2],
        [0, 0, 0],
        5,
        POS_WEIGHT,
        'Every target here is 0, so a positive-class weight has nothing to weight.',
      );
    });

    check('posWeight scales the positive term', () => {
      expectMatchesReference(
        [1.2, -0.4, 2],
        [1, 1, 1],
        4,
        POS_WEIGHT,
        'Every target here is 1: compare with the loss of the same elements with posWeight = 1.',
      );
    });

    check('posWeight defaults to 1', () => {
      const logits = [0.3, -1.1, 2.4];
      const targets = [1, 0, 1];
      expectLoss(
        [logits, targets],
        reference.bceWithLogits(logits, targets, 1),
        POS_WEIGHT,
        'This call passes no posWeight.',
      );
    });

    check('survives a confident mistake at logit 40', () => {
      expectMatchesReference(
        [40],
        [0],
        1,
        NAIVE_LOG,
        'σ(40) rounds to exactly 1 in float64, so 1 − σ(40) is 0.',
      );
      expectMatchesReference(
        [-40],
        [1],
        3,
        NAIVE_LOG,
        'The loss of a confident mistake is about the size of the logit.',
      );
    });

    check('confident right answers cost almost nothing', () => {
      expectMatchesReference(
        [40, -40],
        [1, 0],
        1,
        CLIPPING,
        'The exact loss here is about 4e-18: a guard on the probabilities adds far more than that.',
      );
    });

    check('stays accurate for logits of ±10000', () => {
      expectMatchesReference(
        [1e4, -1e4],
        [0, 1],
        1,
        STABLE,
        'Each element is a confident mistake, which costs about its logit: no exponent may overflow and no log may be clamped.',
      );
      expectMatchesReference([1e4, -1e4, 1e4], [0.25, 0.75, 1], 2, STABLE);
    });

    check('matches the reference on random inputs', () => {
      checkProperty(
        fc.record({ batch: softBinaryBatch(), posWeight: positiveWeight() }),
        ({ batch, posWeight }) => {
          expectMatchesReference(batch.logits, batch.targets, posWeight, STABLE);
        },
      );
    });

    check('does not modify its inputs', () => {
      expectInputsUnchanged(
        NAME,
        bceWithLogits,
        [[3, -1, 0.5], [1, 0, 0.5], 2],
        ['logits', 'targets', 'posWeight'],
      );
    });
  },
).withProbes(PROBES);
