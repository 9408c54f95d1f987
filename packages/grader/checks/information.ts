import type * as Learner from '@exercise/information';
import { distribution, distributionPair } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import { type CheckContext, callOf, expectClose, failCheck } from './support/expect-close.ts';
import { formatNumber } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { TOLERANCES } from './support/tolerances.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** The inputs a failing exercise is diagnosed on (what each catalogued mistake returns there is in fingerprints/information.ts). */
const PROBES = {
  reference: {
    entropy: reference.entropy,
    crossEntropyBetween: reference.crossEntropyBetween,
    klDivergence: reference.klDivergence,
  },
  calls: [
    { fn: 'entropy', args: [[0.5, 0.5]] },
    { fn: 'entropy', args: [[0.7, 0.2, 0.1]] },
    { fn: 'entropy', args: [[0.6, 0.4, 0]] },
    {
      fn: 'crossEntropyBetween',
      args: [
        [0.7, 0.2, 0.1],
        [0.5, 0.3, 0.2],
      ],
    },
    {
      fn: 'crossEntropyBetween',
      args: [
        [1, 0, 0],
        [0.5, 0.25, 0.25],
      ],
    },
    {
      fn: 'crossEntropyBetween',
      args: [
        [0.5, 0.5, 0],
        [1, 0, 0],
      ],
    },
    {
      fn: 'klDivergence',
      args: [
        [0.7, 0.2, 0.1],
        [0.5, 0.3, 0.2],
      ],
    },
    {
      fn: 'klDivergence',
      args: [
        [0.5, 0.5, 0],
        [0.25, 0.25, 0.5],
      ],
    },
    {
      fn: 'klDivergence',
      args: [
        [0.5, 0.5],
        [1, 0],
      ],
    },
    {
      fn: 'klDivergence',
      args: [
        [0.3, 0.7],
        [0.3, 0.7],
      ],
    },
  ],
};

export default defineChecks('information', (learner: typeof Learner, { check, section }) => {
  const { entropy, crossEntropyBetween, klDivergence } = learner;

  const ENTROPY = section('entropy');
  const CROSS_ENTROPY = section('crossEntropy');
  const KL = section('kl');

  type Name = 'entropy' | 'crossEntropyBetween' | 'klDivergence';

  /** The learner's function `name` on a copy of `args`: the data distribution y, then the model's p. */
  function learnerValue(name: Name, args: number[][]): unknown {
    if (name === 'entropy') return callLearner(name, entropy, [args[0] ?? []]);
    const fn = name === 'crossEntropyBetween' ? crossEntropyBetween : klDivergence;
    return callLearner(name, fn, [args[0] ?? [], args[1] ?? []]);
  }

  function referenceValue(name: Name, args: number[][]): number {
    const [y = [], p = []] = args;
    if (name === 'entropy') return reference.entropy(y);
    if (name === 'crossEntropyBetween') return reference.crossEntropyBetween(y, p);
    return reference.klDivergence(y, p);
  }

  function expectMatchesReference(
    name: Name,
    args: number[][],
    lesson: CheckContext['lesson'],
    hint?: string,
  ) {
    const context: CheckContext = { what: name, input: args, lesson, ...(hint ? { hint } : {}) };
    expectClose(learnerValue(name, args), referenceValue(name, args), context);
  }

  /** The lesson's worked example: data Y and model P. */
  const Y = [0.5, 0.25, 0.25];
  const P = [0.8, 0.1, 0.1];

  check('entropy matches the reference on small distributions', () => {
    for (const y of [[0.5, 0.5], [0.25, 0.25, 0.25, 0.25], Y, P]) {
      expectMatchesReference('entropy', [y], ENTROPY, 'Losses and entropies here are in nats.');
    }
  });

  check('zero probabilities contribute nothing to the entropy', () => {
    for (const p of [
      [1, 0, 0],
      [0.5, 0, 0.5],
      [0, 1],
    ]) {
      expectMatchesReference(
        'entropy',
        [p],
        ENTROPY,
        'An outcome that never happens carries no surprise on average: what is y·ln y as y goes to 0?',
      );
    }
  });

  check('the uniform distribution over K outcomes has entropy ln K', () => {
    for (const k of [1, 2, 3, 10, 1000]) {
      const y = new Array<number>(k).fill(1 / k);
      expectClose(learnerValue('entropy', [y]), Math.log(k), {
        what: 'entropy',
        input: [y],
        lesson: ENTROPY,
      });
    }
  });

  check('cross-entropy matches the reference on small distributions', () => {
    expectMatchesReference('crossEntropyBetween', [Y, P], CROSS_ENTROPY);
    expectMatchesReference(
      'crossEntropyBetween',
      [
        [1, 0],
        [0.5, 0.5],
      ],
      CROSS_ENTROPY,
    );
    expectMatchesReference('crossEntropyBetween', [Y, Y], CROSS_ENTROPY);
  });

  check('cross-entropy weights by y and takes the log of p', () => {
    expectMatchesReference(
      'crossEntropyBetween',
      [P, Y],
      CROSS_ENTROPY,
      'H(y, p) is not symmetric: one distribution says how often each outcome happens, the other prices it.',
    );
  });

  check('cross-entropy is Infinity when p rules out an outcome that y allows', () => {
    expectMatchesReference(
      'crossEntropyBetween',
      [
        [0.5, 0.5],
        [1, 0],
      ],
      CROSS_ENTROPY,
      'A code with no word for an outcome that does happen is infinitely bad.',
    );
  });

  check('KL divergence matches the reference on small distributions', () => {
    const hint =
      'KL(y‖p) counts only the extra nats of coding y with the code of p instead of its own.';
    const oneHot = [
      [1, 0],
      [0.5, 0.5],
    ];
    for (const args of [[Y, P], [P, Y], oneHot])
      expectMatchesReference('klDivergence', args, KL, hint);
  });

  check('KL divergence of a distribution from itself is 0', () => {
    checkProperty(distribution(), (y) => {
      expectClose(learnerValue('klDivergence', [y, y]), 0, {
        what: 'klDivergence',
        input: [y, y],
        lesson: KL,
        hint: 'Coding y with its own code costs no extra nats.',
      });
    });
  });

  check('KL divergence is never negative', () => {
    checkProperty(distributionPair(), ({ y, p }) => {
      const context: CheckContext = { what: 'klDivergence', input: [y, p], lesson: KL };
      const received = learnerValue('klDivergence', [y, p]);
      // Rounding may leave a true 0 slightly below it; anything further down is a wrong sign.
      if (typeof received === 'number' && received < -TOLERANCES.value.abs) {
        failCheck(
          context,
          `${callOf(context)} returned ${formatNumber(received)} < 0, but by Gibbs' inequality H(y, p) ≥ H(y), so their difference cannot be negative.`,
        );
      }
    });
  });

  check('KL divergence is Infinity when p rules out an outcome that y allows', () => {
    expectMatchesReference(
      'klDivergence',
      [
        [0.25, 0.75],
        [1, 0],
      ],
      KL,
      'KL(y‖p) is H(y, p) − H(y), and the first term is already infinite here.',
    );
  });

  check('a zero in y cancels its term, whatever p is', () => {
    for (const args of [
      [
        [0.5, 0.5, 0],
        [0.5, 0.5, 0],
      ],
      [
        [0, 1],
        [0, 1],
      ],
      [
        [0.5, 0, 0.5],
        [0.25, 0.5, 0.25],
      ],
    ]) {
      for (const name of ['crossEntropyBetween', 'klDivergence'] as const) {
        expectMatchesReference(
          name,
          args,
          name === 'klDivergence' ? KL : CROSS_ENTROPY,
          'An outcome that never happens under y costs nothing, even where p gives it probability 0.',
        );
      }
    }
  });

  check('stays exact for probabilities as small as 1e-300', () => {
    const tiny = [
      [0.5, 0.5],
      [1 - 1e-12, 1e-300],
    ];
    expectMatchesReference('crossEntropyBetween', tiny, CROSS_ENTROPY);
    expectMatchesReference('klDivergence', tiny, KL);
  });

  check('matches the reference on random distributions', () => {
    checkProperty(distributionPair(), ({ y, p }) => {
      expectMatchesReference('entropy', [y], ENTROPY);
      expectMatchesReference('crossEntropyBetween', [y, p], CROSS_ENTROPY);
      expectMatchesReference('klDivergence', [y, p], KL);
    });
  });

  check('does not modify its inputs', () => {
    const y = () => [0.5, 0, 0.25, 0.25];
    const p = () => [0.25, 0.25, 0.25, 0.25];
    expectInputsUnchanged('entropy', entropy, [y()], ['y']);
    expectInputsUnchanged('crossEntropyBetween', crossEntropyBetween, [y(), p()], ['y', 'p']);
    expectInputsUnchanged('klDivergence', klDivergence, [y(), p()], ['y', 'p']);
  });
}).withProbes(PROBES);
