import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GRADER_ROOT } from '../src/runner/paths.ts';
import { bundleExercise } from '../src/sandbox/bundle-exercise.ts';
import { callLimitMs, LIMITS, type TimeLimits } from '../src/sandbox/limits.ts';
import { loadExercise } from '../src/sandbox/load-exercise.ts';

// The sandbox on its own, in-process, as every runner of the checks uses it: loadExercise() on
// compiled code. The command-line view of the same guarantees is in hostile/hostile-corpus.test.ts.

/** An exercise `f` from CommonJS code, with the lines it prints collected. */
function exercise(code: string, limits: Partial<TimeLimits> = {}) {
  const printed: string[] = [];
  const loaded = loadExercise(
    { id: 'probe', file: '/probe/probe.ts', exports: ['f'] },
    { code },
    { limits: { ...LIMITS, ...limits }, output: (_id, line) => printed.push(line) },
  );
  return { f: loaded.f as (...args: unknown[]) => unknown, printed };
}

/** What calling `f` threw: its name and message. */
function thrown(call: () => unknown): { name: string; message: string } {
  try {
    call();
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('expected the call to throw');
}

describe('callLimitMs: whole milliseconds, never more than what is left', () => {
  test.each([
    { spent: 0, limit: 1000 },
    { spent: 4090.73, limit: 909 }, // the fraction vm used to reject with a RangeError
    { spent: 4999.5, limit: 0 },
    { spent: 5200, limit: 0 },
  ])('after $spent ms of calls: $limit ms', ({ spent, limit }) => {
    expect(callLimitMs({ callMs: 1000, totalMs: 5000 }, spent)).toBe(limit);
  });
});

test('a call after a fraction of a millisecond of calls still runs (vm takes whole milliseconds only)', () => {
  // with the total equal to the per-call limit, every call after the first is limited by what is
  // left of the total, a fraction such as 999.63 ms, which vm used to reject with a RangeError
  const { f } = exercise('exports.f = (x) => x * 2;', { callMs: 1000, totalMs: 1000 });
  expect([1, 2, 3, 4, 5].map((x) => f(x))).toEqual([2, 4, 6, 8, 10]);
});

test('once the total time is used up, the next call is a timeout, not an error', () => {
  const { f } = exercise(
    'exports.f = (x) => { const end = Date.now() + 60; while (Date.now() < end) {} return x; };',
    { callMs: 1000, totalMs: 100 },
  );
  const failure = thrown(() => {
    for (let i = 0; i < 10; i++) f(i);
  });
  expect(failure.name).toBe('ExerciseTimeoutError');
  expect(failure.message).not.toMatch(/RangeError/);
});

describe('values cross as copies, exactly', () => {
  const { f } = exercise('exports.f = (x) => x;');
  test.each([
    { name: 'NaN', value: Number.NaN },
    { name: '−0', value: -0 },
    { name: '±∞', value: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] },
    { name: 'undefined and null', value: [undefined, null] },
    { name: 'text and booleans', value: ['a "quoted" line\n', true, false] },
    { name: 'nested arrays', value: [[1, [2, [3]]], []] },
    { name: 'a plain object with the wire marker as a key', value: { '#': 'NaN', b: [1] } },
    { name: 'the smallest subnormal', value: 5e-324 },
  ])('$name', ({ value }) => {
    const back = f(value);
    expect(back).toEqual(value);
    if (typeof value === 'number') expect(Object.is(back, value)).toBe(true);
  });
  test('a returned array is an array of the grader, not of the realm', () => {
    const back = f([1, 2]) as number[];
    expect(Object.getPrototypeOf(back)).toBe(Array.prototype);
  });
});

test('changes to array arguments are mirrored back, so checks can see a mutated input', () => {
  const { f } = exercise('exports.f = (x) => { x[0] = 99; x.push(5); return 0; };');
  const input = [1, 2];
  f(input);
  expect(input).toEqual([99, 2, 5]);
});

describe('a callback from the grader reaches learner code as a function of its own realm', () => {
  const host = (x: unknown) => (x as number) * 3;
  test.each([
    { name: 'it can be called', code: 'exports.f = (g) => g(2);', result: 6 },
    {
      name: 'its constructor makes no function from text',
      code: "exports.f = (g) => g.constructor('return process')();",
      error: /EvalError: Code generation from strings disallowed/,
    },
    {
      name: 'its caller cannot be read',
      code: 'exports.f = (g) => g.caller;',
      error: /TypeError/,
    },
    {
      name: 'what it throws arrives as a message, not as the grader’s error',
      code: "exports.f = (g) => { try { g('x'); } catch (e) { return Object.getPrototypeOf(e) === Error.prototype; } };",
      result: true,
      callback: () => {
        throw new RangeError('from the grader');
      },
    },
  ])('$name', ({ code, result, error, callback }) => {
    const { f } = exercise(code);
    if (error) expect(thrown(() => f(callback ?? host)).message).toMatch(error);
    else expect(f(callback ?? host)).toBe(result);
  });
});

describe('results that are not plain data fail instead of being read by the grader', () => {
  test.each([
    { name: 'a Proxy', code: 'exports.f = () => new Proxy([1], {});', why: /Proxy/ },
    {
      name: 'a getter',
      code: 'exports.f = () => { const a = [0]; Object.defineProperty(a, 0, { get() { for (;;) {} } }); return a; };',
      why: /getter/,
    },
    { name: 'a class instance', code: 'exports.f = () => new Map();', why: /class or a built-in/ },
    { name: 'a function', code: 'exports.f = () => () => 1;', why: /function/ },
    { name: 'a hole', code: 'exports.f = () => [1, , 3];', why: /holes/ },
  ])('$name', ({ code, why }) => {
    const { f } = exercise(code);
    const failure = thrown(() => f());
    expect(failure.name).toBe('ExerciseThrewError');
    expect(failure.message).toMatch(why);
  });
});

test('what learner code prints is capped per exercise and says how much was cut', () => {
  const { f, printed } = exercise(
    "exports.f = () => { console.log('x'.repeat(200000)); console.log('more'); return 0; };",
  );
  f();
  f();
  const text = printed.filter((line) => !line.startsWith('…')).join('');
  expect(text.length).toBe(LIMITS.outputChars);
  expect(printed.at(-1)).toBe(`… ${2 * 200_004 - LIMITS.outputChars} more characters cut`);
});

describe('bundleExercise refuses every import, naming it and its line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xent-imports-'));
  test.each([
    { source: "import fs from 'node:fs';", specifier: 'node:fs' },
    { source: "import { readFileSync } from 'fs';\nreadFileSync;", specifier: 'fs' },
    // only types, but the import itself stays (and is refused): exercises import nothing
    { source: "\nimport { type X } from 'some-package';", specifier: 'some-package', line: 2 },
    {
      source: "export { softmax } from '../solutions/softmax';",
      specifier: '../solutions/softmax',
    },
    { source: "import { helper } from './helper';", specifier: './helper' },
    { source: "const cp = require('child_process');", specifier: 'child_process' },
    { source: "export const f = () => import('node:net');", specifier: 'node:net' },
  ])('$specifier', async ({ source, specifier, line = 1 }) => {
    const file = path.join(dir, 'probe.ts');
    writeFileSync(file, `${source}\nexport const probe = 1;\n`);
    const bundle = await bundleExercise(file);
    expect('error' in bundle && bundle.error).toContain(
      `probe.ts imports '${specifier}' on line ${line}, but exercises are plain TypeScript`,
    );
  });
  test('the course’s own wrong implementations may still import their folder’s parts', async () => {
    const bundle = await bundleExercise(
      path.join(GRADER_ROOT, 'wrong', 'focal-loss', 'gamma-on-p.ts'),
    );
    expect(bundle).not.toHaveProperty('error');
  });
});
