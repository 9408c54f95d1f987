import type { ResolvedSection } from '@xent/course';
import { formatCall, formatDistinct, formatValue, reread } from './feedback.ts';
import { inputMagnitude, isClose, TOLERANCES, type Tolerance } from './tolerances.ts';

/** What a check is about, for its failure message. */
export interface CheckContext {
  /** Name of the learner's function, e.g. `softmax`. */
  what: string;
  /** The arguments it was called with, as they were before the call. */
  input: readonly unknown[];
  /** The lesson section to reread when the check fails. */
  lesson: ResolvedSection;
  /** What is compared when it is not the return value itself, e.g. `the sum of the probabilities`. */
  quantity?: string;
  /** One sentence on what is wrong, without giving the answer away. */
  hint?: string;
  tolerance?: Tolerance;
}

/** A number, a vector or a matrix (rows of equal length). */
export type Expected = number | readonly number[] | readonly (readonly number[])[];

/** Fails with a message naming the call, what is wrong, the hint and the section to reread. */
export function failCheck(context: CheckContext, problem: string): never {
  const lines = [problem];
  if (context.hint) lines.push(context.hint);
  lines.push(reread(context.lesson));
  throw new Error(lines.join('\n'));
}

/** Fails on a wrong shape; the check's hint is about values, so it is left out. */
function failShape(context: CheckContext, problem: string): never {
  const { hint: _valueHint, ...withoutHint } = context;
  return failCheck(withoutHint, problem);
}

/** Checks that `received` has the shape of `expected`, then that every value is close to it. */
export function expectClose(received: unknown, expected: Expected, context: CheckContext): void {
  expectSameShape(received, expected, context);
  const tolerance = context.tolerance ?? TOLERANCES.value;
  const magnitude = inputMagnitude(context.input);
  const difference = firstDifference(received as Expected, expected, tolerance, magnitude);
  if (difference === undefined) return;
  const [got, want] = formatDistinct(difference.received, difference.expected);
  if (difference.path === '') {
    failCheck(context, `${subject(context)} ${got}\n  expected ${want}`);
  }
  const lines = [
    `${subject(context)} ${formatValue(received)}`,
    `  expected ${formatValue(expected)}`,
    `  first difference at ${difference.path}: received ${got}, expected ${want}`,
  ];
  failCheck(context, lines.join('\n'));
}

/** Checks that `received` is a number, an array of `expected.length` numbers, or such rows. */
export function expectSameShape(
  received: unknown,
  expected: Expected,
  context: CheckContext,
): void {
  if (typeof expected === 'number') {
    expectNumber(received, context);
  } else if (expected.length > 0 && expected.every(Array.isArray)) {
    const rows = expected as readonly (readonly number[])[];
    expectMatrix(received, rows.length, rows[0]?.length ?? 0, context);
  } else {
    expectVector(received, expected.length, context);
  }
}

/** Checks that `received` is a number. */
export function expectNumber(received: unknown, context: CheckContext): asserts received is number {
  if (typeof received !== 'number') {
    failShape(context, `${subject(context)} ${formatValue(received)}; expected a single number.`);
  }
}

/** Checks that `received` is an array of `length` numbers. */
export function expectVector(
  received: unknown,
  length: number,
  context: CheckContext,
): asserts received is number[] {
  const wanted = `an array of ${length} number${length === 1 ? '' : 's'}`;
  if (!Array.isArray(received) || received.length !== length) {
    failShape(context, `${subject(context)} ${formatValue(received)}; expected ${wanted}.`);
  }
  expectNumberEntries(received, '', context);
}

/** Checks that `received` is an array of `rows` arrays of `columns` numbers each. */
export function expectMatrix(
  received: unknown,
  rows: number,
  columns: number,
  context: CheckContext,
): asserts received is number[][] {
  const wanted = `${rows} row${rows === 1 ? '' : 's'} of ${columns} number${columns === 1 ? '' : 's'}`;
  if (!Array.isArray(received) || received.length !== rows) {
    failShape(context, `${subject(context)} ${formatValue(received)}; expected ${wanted}.`);
  }
  received.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== columns) {
      const problem = `${subject(context)} ${formatValue(received)}, whose row [${r}] is ${formatValue(row)}; expected ${wanted}.`;
      failShape(context, problem);
    }
    expectNumberEntries(row, `[${r}]`, context);
  });
}

function expectNumberEntries(values: unknown[], prefix: string, context: CheckContext): void {
  values.forEach((value, i) => {
    if (typeof value !== 'number') {
      const problem = `${subject(context)} ${formatValue(values)}, whose entry ${prefix}[${i}] is ${formatValue(value)}; expected numbers only.`;
      failShape(context, problem);
    }
  });
}

interface Difference {
  path: string;
  received: number;
  expected: number;
}

function firstDifference(
  received: Expected,
  expected: Expected,
  tolerance: Tolerance,
  magnitude: number,
  path = '',
): Difference | undefined {
  if (typeof expected === 'number' || typeof received === 'number') {
    const [r, e] = [received as number, expected as number];
    return isClose(r, e, tolerance, magnitude) ? undefined : { path, received: r, expected: e };
  }
  for (let i = 0; i < expected.length; i++) {
    const inner = firstDifference(
      received[i] as Expected,
      expected[i] as Expected,
      tolerance,
      magnitude,
      `${path}[${i}]`,
    );
    if (inner) return inner;
  }
  return undefined;
}

/** The checked call with its input, e.g. `softmax([1, 2])`. */
export function callOf(context: CheckContext): string {
  return formatCall(context.what, context.input);
}

function subject(context: CheckContext): string {
  const call = callOf(context);
  return context.quantity ? `For ${call}, ${context.quantity} is` : `${call} returned`;
}
