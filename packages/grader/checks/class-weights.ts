import type * as Learner from '@exercise/class-weights';
import { weightedBatch } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import { type CheckContext, expectClose, expectNumber } from './support/expect-close.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

type Args = [number[][], number[], number[]] | [number[][], number[], number[], number];

/** Cases computed by PyTorch 1.13 in float64 (`cross_entropy` with `weight`, reduction 'mean'). */
const PYTORCH_CASES: { args: Args; loss: number }[] = [
  {
    args: [
      [
        [0.5436966374654008, 0.6942504461228622, 0.03383255372763176],
        [-2.061114811908322, 0.2772933946214053, 1.0160189502325165],
      ],
      [1, 0],
      [0.4260278252882902, 0.4996341359680819, 0.717507047451263],
    ],
    loss: 2.0773989704117515,
  },
  {
    args: [
      [
        [4.151516812917036, -0.5333430971637838, -21.382362148768458],
        [1.5681513298948264, 6.737993842580372, 7.204455871041934],
      ],
      [1, 2],
      [0.2300608452122123, 1.0868949433818111, 0.21251649686691979],
    ],
    loss: 4.006332545663308,
  },
];

/** The inputs a failing loss is diagnosed on (what each catalogued mistake returns there is in fingerprints/class-weights.ts). */
const PROBES = {
  reference: { weightedCrossEntropy: reference.weightedCrossEntropy },
  calls: (
    [
      [
        [
          [1, 2, 0.5],
          [0.3, -1, 2],
          [2, 2, 0],
        ],
        [1, 2, 0],
        [1, 3, 0.5],
      ],
      [
        [
          [1, 2, 0.5],
          [0.3, -1, 2],
          [0, 1, 0],
        ],
        [1, -100, 2],
        [1, 3, 0.5],
      ],
      [
        [
          [0.4, -0.2],
          [1, 3],
          [2, 0.5],
        ],
        [0, 1, 1],
        [2, 1],
        1,
      ],
      [[[1, 2]], [-100], [1, 1]],
      [[[1000, 1000]], [0], [1, 1]],
      [[[0, -1000]], [1], [1, 2]],
    ] satisfies Args[]
  ).map((args) => ({ fn: 'weightedCrossEntropy', args })),
};

export default defineChecks('class-weights', (learner: typeof Learner, { check, section }) => {
  const { weightedCrossEntropy } = learner;

  const CLASS_WEIGHTS = section('classWeights');
  const WEIGHTED_MEAN = section('weightedMean');
  const MASKING = section('masking');
  const ALL_IGNORED = section('allIgnored');
  const STABLE = section('stable');
  const NAME = 'weightedCrossEntropy';

  function about(args: Args, lesson: CheckContext['lesson'], extra: Partial<CheckContext> = {}) {
    return { what: NAME, input: args, lesson, ...extra } satisfies CheckContext;
  }

  function expectLoss(args: Args, expected: number, lesson: CheckContext['lesson'], hint?: string) {
    const received = callLearner(NAME, weightedCrossEntropy, args);
    expectClose(received, expected, about(args, lesson, hint ? { hint } : {}));
  }

  /** Compares the learner with the reference, @xent/core, itself checked against PyTorch. */
  function expectMatchesReference(args: Args, lesson: CheckContext['lesson'], hint?: string) {
    const [logits, labels, weights, ignoreIndex] = args;
    expectLoss(
      args,
      reference.weightedCrossEntropy(logits, labels, weights, ignoreIndex),
      lesson,
      hint,
    );
  }

  check('returns a single number', () => {
    const args: Args = [[[1, 2, 0]], [1], [1, 2, 3]];
    expectNumber(callLearner(NAME, weightedCrossEntropy, args), about(args, CLASS_WEIGHTS));
  });

  check('equal weights give the plain mean cross-entropy', () => {
    const logits = [
      [1, 2, 0.5],
      [0.2, -1, 3],
      [2, 2, 2],
    ];
    const labels = [1, 0, 2];
    expectLoss(
      [logits, labels, [1, 1, 1]],
      reference.crossEntropy(logits, labels),
      CLASS_WEIGHTS,
      'With every weight 1 this is the ordinary mean cross-entropy.',
    );
  });

  check('matches PyTorch on small batches', () => {
    for (const { args, loss } of PYTORCH_CASES) expectLoss(args, loss, CLASS_WEIGHTS);
  });

  check("weights each row by its label's class", () => {
    const logits = [
      [2, 0],
      [0.5, 1],
    ];
    expectMatchesReference(
      [logits, [1, 1], [1, 4]],
      CLASS_WEIGHTS,
      'Both rows have the label 1, so both carry the same weight.',
    );
  });

  check('divides by the total weight of the labels', () => {
    const logits = [
      [2, 0],
      [1, 0.5],
      [0.2, 0],
      [1.5, 0.5],
    ];
    expectMatchesReference(
      [logits, [0, 0, 0, 1], [1, 3]],
      WEIGHTED_MEAN,
      "This is the lesson's worked example: four rows whose labels weigh 1, 1, 1 and 3.",
    );
  });

  check('multiplying every weight by 10 changes nothing', () => {
    const logits = [
      [0.3, -0.7, 1.2],
      [2, 0.1, -1],
    ];
    const labels = [2, 0];
    expectLoss(
      [logits, labels, [5, 10, 20]],
      reference.weightedCrossEntropy(logits, labels, [0.5, 1, 2]),
      WEIGHTED_MEAN,
      'These weights are 10 times those of another call, which must give the same loss.',
    );
  });

  check('skips rows labelled −100 by default', () => {
    const logits = [
      [2, 0.5, -1],
      [0, 1, 0.3],
      [0, 0, 0],
    ];
    expectMatchesReference([logits, [0, 1, -100], [1, 2, 1]], MASKING);
  });

  check('ignored rows do not count in the mean', () => {
    const logits = [
      [2, 0.5, -1],
      [0, 1, 0.3],
      [0.1, 0.2, 1.5],
      [0, 0, 0],
      [0, 0, 0],
    ];
    expectMatchesReference(
      [logits, [0, 1, 2, -100, -100], [1, 1, 1]],
      MASKING,
      'Two of these five rows are padding: the loss must not change with the amount of padding.',
    );
  });

  check('an ignored label may lie outside the classes', () => {
    const logits = [
      [1, -1, 0.5],
      [3, 0, 0],
      [0.4, 0.2, -0.3],
    ];
    expectMatchesReference(
      [logits, [2, 255, 0], [0.5, 2, 1], 255],
      MASKING,
      'There is no class 255 among these three: its row is only padding.',
    );
  });

  check('uses the ignoreIndex it is given', () => {
    const logits = [
      [1, -1, 0.5],
      [3, 0, 0],
      [0.4, 0.2, -0.3],
    ];
    expectMatchesReference(
      [logits, [2, 1, 1], [0.5, 2, 1], 1],
      MASKING,
      'Here ignoreIndex is 1, so every row labelled 1 is skipped.',
    );
  });

  check('every row ignored gives NaN', () => {
    const logits = [
      [0, 0, 0],
      [1, 2, 3],
    ];
    expectLoss(
      [logits, [-100, -100], [1, 1, 1]],
      Number.NaN,
      ALL_IGNORED,
      'With no row left there is nothing to average; PyTorch returns NaN here.',
    );
  });

  check('survives logits of 1e6', () => {
    expectLoss([[[1e6, 1e6 - 5]], [0], [2, 3]], 0.006715348489117967, STABLE);
    expectMatchesReference(
      [
        [
          [1e6, 1e6 - 5],
          [-1e6, -1e6 + 3],
        ],
        [0, 1],
        [2, 3],
      ],
      STABLE,
      'Math.exp(1e6) is Infinity.',
    );
  });

  check('a gap of 1000 against the label costs about 1000', () => {
    expectMatchesReference(
      [[[1000, 0, 0]], [1], [1, 2, 1]],
      STABLE,
      'The probability of the label is e^(−1000), which is 0 in float64; its log is not.',
    );
    expectMatchesReference(
      [
        [
          [0, -1000],
          [0, 0],
        ],
        [1, 0],
        [1, 3],
      ],
      STABLE,
    );
  });

  check('matches the reference on random inputs', () => {
    checkProperty(weightedBatch(), ({ logits, labels, weights, ignoreIndex }) => {
      expectMatchesReference([logits, labels, weights, ignoreIndex], CLASS_WEIGHTS);
    });
  });

  check('does not modify its inputs', () => {
    const logits = [
      [3, 1, -2],
      [0.5, 0.5, 4],
      [0, 0, 0],
    ];
    expectInputsUnchanged(
      NAME,
      weightedCrossEntropy,
      [logits, [0, 2, -100], [1, 2, 3], -100],
      ['logits', 'labels', 'weights', 'ignoreIndex'],
    );
  });
}).withProbes(PROBES);
