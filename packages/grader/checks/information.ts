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

export default defineChecks('information', (learner: typeof Learner, { check, section }) => {
  const { entropy, crossEntropyBetween, klDivergence } = learner;

  const ENTROPY = section('entropy');
  const CROSS_ENTROPY = section('crossEntropy');
  const KL = section('kl');

  type Name = 'entropy' | 'crossEntropyBetween' | 'klDivergence';

  /** The learner's function `name` on a copy of `args`, the arguments of one or two distributions. */
  function learnerValue(name: Name, args: number[][]): unknown {
    if (name === 'entropy') return callLearner(name, entropy, [args[0] ?? []]);
    const fn = name === 'crossEntropyBetween' ? crossEntropyBetween : klDivergence;
    return callLearner(name, fn, [args[0] ?? [], args[1] ?? []]);
  }

  function referenceValue(name: Name, args: number[][]): number {
    const [p = [], q = []] = args;
    if (name === 'entropy') return reference.entropy(p);
    if (name === 'crossEntropyBetween') return reference.crossEntropyBetween(p, q);
    return reference.klDivergence(p, q);
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

  const P = [0.5, 0.25, 0.25];
  const Q = [0.8, 0.1, 0.1];

  check('entropy matches the reference on small distributions', () => {
    for (const p of [[0.5, 0.5], [0.25, 0.25, 0.25, 0.25], P, Q]) {
      expectMatchesReference('entropy', [p], ENTROPY, 'Losses and entropies here are in nats.');
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
        'An outcome that never happens carries no surprise on average: what is p·ln p as p goes to 0?',
      );
    }
  });

  check('the uniform distribution over K outcomes has entropy ln K', () => {
    for (const k of [1, 2, 3, 10, 1000]) {
      const p = new Array<number>(k).fill(1 / k);
      expectClose(learnerValue('entropy', [p]), Math.log(k), {
        what: 'entropy',
        input: [p],
        lesson: ENTROPY,
      });
    }
  });

  check('cross-entropy matches the reference on small distributions', () => {
    expectMatchesReference('crossEntropyBetween', [P, Q], CROSS_ENTROPY);
    expectMatchesReference(
      'crossEntropyBetween',
      [
        [1, 0],
        [0.5, 0.5],
      ],
      CROSS_ENTROPY,
    );
    expectMatchesReference('crossEntropyBetween', [P, P], CROSS_ENTROPY);
  });

  check('cross-entropy weights by p and takes the log of q', () => {
    expectMatchesReference(
      'crossEntropyBetween',
      [Q, P],
      CROSS_ENTROPY,
      'H(p, q) is not symmetric: one distribution says how often each outcome happens, the other prices it.',
    );
  });

  check('cross-entropy is Infinity when q rules out an outcome that p allows', () => {
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
      'KL(p‖q) counts only the extra nats of coding p with the code of q instead of its own.';
    const oneHot = [
      [1, 0],
      [0.5, 0.5],
    ];
    for (const args of [[P, Q], [Q, P], oneHot])
      expectMatchesReference('klDivergence', args, KL, hint);
  });

  check('KL divergence of a distribution from itself is 0', () => {
    checkProperty(distribution(), (p) => {
      expectClose(learnerValue('klDivergence', [p, p]), 0, {
        what: 'klDivergence',
        input: [p, p],
        lesson: KL,
        hint: 'Coding p with its own code costs no extra nats.',
      });
    });
  });

  check('KL divergence is never negative', () => {
    checkProperty(distributionPair(), ({ p, q }) => {
      const context: CheckContext = { what: 'klDivergence', input: [p, q], lesson: KL };
      const received = learnerValue('klDivergence', [p, q]);
      // Rounding may leave a true 0 slightly below it; anything further down is a wrong sign.
      if (typeof received === 'number' && received < -TOLERANCES.value.abs) {
        failCheck(
          context,
          `${callOf(context)} returned ${formatNumber(received)} < 0, but by Gibbs' inequality H(p, q) ≥ H(p), so their difference cannot be negative.`,
        );
      }
    });
  });

  check('KL divergence is Infinity when q rules out an outcome that p allows', () => {
    expectMatchesReference(
      'klDivergence',
      [
        [0.25, 0.75],
        [1, 0],
      ],
      KL,
      'KL(p‖q) is H(p, q) − H(p), and the first term is already infinite here.',
    );
  });

  check('a zero in p cancels its term, whatever q is', () => {
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
          'An outcome that never happens under p costs nothing, even where q gives it probability 0.',
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
    checkProperty(distributionPair(), ({ p, q }) => {
      expectMatchesReference('entropy', [p], ENTROPY);
      expectMatchesReference('crossEntropyBetween', [p, q], CROSS_ENTROPY);
      expectMatchesReference('klDivergence', [p, q], KL);
    });
  });

  check('does not modify its inputs', () => {
    const p = () => [0.5, 0, 0.25, 0.25];
    const q = () => [0.25, 0.25, 0.25, 0.25];
    expectInputsUnchanged('entropy', entropy, [p()], ['p']);
    expectInputsUnchanged('crossEntropyBetween', crossEntropyBetween, [p(), q()], ['p', 'q']);
    expectInputsUnchanged('klDivergence', klDivergence, [p(), q()], ['p', 'q']);
  });
});
