import { describe, expectTypeOf, test } from 'vitest';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  type CrossEntropyOptions,
  crossEntropy,
  type LossResult,
  type Reduction,
  sigmoidFocalLoss,
  softmaxFocalLoss,
} from '../src/index.ts';

// The return type of every loss follows its reduction (checked by `pnpm typecheck`; a wrong
// LossResult fails to compile): number by default and for 'mean' and 'sum', number[] for 'none',
// and number | number[] when the reduction is only known to be a Reduction.
describe('LossResult', () => {
  test('maps reductions to results', () => {
    expectTypeOf<LossResult<'mean'>>().toEqualTypeOf<number>();
    expectTypeOf<LossResult<'sum'>>().toEqualTypeOf<number>();
    expectTypeOf<LossResult<'none'>>().toEqualTypeOf<number[]>();
    expectTypeOf<LossResult<Reduction>>().toEqualTypeOf<number | number[]>();
  });
  test('every loss types its result from the call', () => {
    const options: CrossEntropyOptions = {};
    expectTypeOf(crossEntropy([[0, 0]], [0])).toEqualTypeOf<number>();
    expectTypeOf(crossEntropy([[0, 0]], [0], { reduction: 'sum' })).toEqualTypeOf<number>();
    expectTypeOf(crossEntropy([[0, 0]], [0], { reduction: 'none' })).toEqualTypeOf<number[]>();
    expectTypeOf(crossEntropy([[0, 0]], [0], options)).toEqualTypeOf<number | number[]>();
    expectTypeOf(binaryCrossEntropy([0.5], [1])).toEqualTypeOf<number>();
    expectTypeOf(binaryCrossEntropy([0.5], [1], { reduction: 'none' })).toEqualTypeOf<number[]>();
    expectTypeOf(binaryCrossEntropyWithLogits([0], [1], { posWeight: 2 })).toEqualTypeOf<number>();
    expectTypeOf(binaryCrossEntropyWithLogits([0], [1], { reduction: 'none' })).toEqualTypeOf<
      number[]
    >();
    expectTypeOf(sigmoidFocalLoss([0], [1], { reduction: 'mean' })).toEqualTypeOf<number>();
    expectTypeOf(softmaxFocalLoss([[0, 0]], [1], { reduction: 'none' })).toEqualTypeOf<number[]>();
  });
});
