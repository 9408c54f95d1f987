import path from 'node:path';
import { exercises } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { freshDir, readReport, runGrade, snapshot, submission } from './support/cli.ts';

/** The report's summary line when every exercise passes but `failing` (their files are the solutions). */
function summaryWithout(failing: string[]): string {
  const total = exercises.reduce((sum, e) => sum + e.points, 0);
  const lost = exercises
    .filter((e) => failing.includes(e.id))
    .reduce((sum, e) => sum + e.points, 0);
  return `${exercises.length - failing.length} of ${exercises.length} exercises · ${total - lost} of ${total} points`;
}

// Learners write every kind of code. Each run below grades a submission in which some exercises are
// broken in one way and the rest are model solutions: the broken ones must be reported for what they
// are, earn nothing, and never stop the others from being graded.

const statusOf = (report: ReturnType<typeof readReport>, id: string) =>
  report.exercises.find((e) => e.id === id);

describe('a submission that fails to load, loops or exits', () => {
  const dir = submission({
    softmax:
      'export function softmax(logits: number[]): number[] {\n  return logits.map((z) => Math.exp(z)\n}\n',
    'ce-backward':
      'export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {\n  while (true) {}\n}\n',
    // the realm has no process at all: process.exit is a ReferenceError, not an exit
    'label-smoothing': [
      'export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {',
      '  (globalThis as any).process.exit(0);',
      '  return [];',
      '}',
      'export function labelSmoothingCrossEntropy(logits: number[][], labels: number[], epsilon: number): number {',
      '  process.exit(0);',
      '  return 0;',
      '}',
    ].join('\n'),
    'focal-loss':
      "import { sigmoidFocalLoss } from '@xent/core';\nexport const focalLoss = (l: number[], t: number[]) => sigmoidFocalLoss(l, t) as number;\n",
  });
  const json = path.join(freshDir('report'), 'report.json');
  const before = snapshot(dir);
  const run = runGrade(['--exercises', dir, '--json', json]);
  const report = readReport(json);

  test('the run finishes with exit status 1 and a report', () => {
    expect(run.stderr).not.toMatch(/Error:|at .*\.js:\d+/);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      summaryWithout(['softmax', 'ce-backward', 'label-smoothing', 'focal-loss']),
    );
  });
  test('a syntax error is reported with the compiler message, for that exercise only', () => {
    expect(statusOf(report, 'softmax')).toMatchObject({ status: 'error', score: 0 });
    expect(run.stdout).toContain('softmax.ts does not compile');
    expect(run.stdout).toMatch(
      /softmax\.ts:2:\d+: Expected "\)" but found "}"|softmax\.ts:3:1: Expected "\)"/,
    );
  });
  test('an infinite loop is stopped and reported as a timeout within 10 s', () => {
    expect(statusOf(report, 'ce-backward')).toMatchObject({ status: 'timeout', score: 0 });
    expect(statusOf(report, 'ce-backward')?.tests[0]?.message).toContain('possible infinite loop');
    expect(statusOf(report, 'ce-backward')?.durationMs).toBeLessThan(10_000);
  });
  test('process.exit neither stops the run nor earns a point', () => {
    const exercise = statusOf(report, 'label-smoothing');
    expect(exercise).toMatchObject({ status: 'failed', score: 0 });
    expect(exercise?.tests.every((t) => t.status === 'failed')).toBe(true);
    expect(exercise?.tests.map((t) => t.message).join('\n')).toMatch(
      /TypeError: Cannot read properties of undefined \(reading 'exit'\)|ReferenceError: process is not defined/,
    );
  });
  test('importing @xent/core is refused with the reason', () => {
    expect(statusOf(report, 'focal-loss')).toMatchObject({ status: 'error', score: 0 });
    expect(statusOf(report, 'focal-loss')?.tests[0]?.message).toContain(
      "focal-loss.ts imports '@xent/core' on line 1, but exercises are plain TypeScript",
    );
  });
  test('the graded folder is left exactly as it was', () => {
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a submission with wrong results', () => {
  const dir = submission({
    softmax:
      'export function softmax(logits: number[]): number[] {\n  return logits.map(() => Number.NaN);\n}\n',
    'ce-backward': [
      'export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {',
      '  return logits.map((row, n) => {',
      '    const max = Math.max(...row);',
      '    for (let i = 0; i < row.length; i++) row[i] -= max;',
      '    const total = row.reduce((a, z) => a + Math.exp(z), 0);',
      '    return row.map((z, k) => (Math.exp(z) / total - (k === labels[n] ? 1 : 0)) / logits.length);',
      '  });',
      '}',
    ].join('\n'),
    'label-smoothing': [
      'export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {',
      "  throw 'not today';",
      '}',
      'export function labelSmoothingCrossEntropy(logits: number[][], labels: number[], epsilon: number): number {',
      '  throw { reason: 42 };',
      '}',
    ].join('\n'),
    'focal-loss': [
      "// Patching the sandbox's globals cannot make the grader's own checks pass.",
      'Math.abs = () => 0;',
      'Array.prototype.every = () => true;',
      'Object.prototype.toString = () => "patched";',
      'export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {',
      '  return 0;',
      '}',
    ].join('\n'),
  });
  const json = path.join(freshDir('report'), 'report.json');
  const run = runGrade(['--exercises', dir, '--json', json]);
  const report = readReport(json);

  test('NaN results fail and earn nothing', () => {
    expect(run.status).toBe(1);
    expect(statusOf(report, 'softmax')).toMatchObject({ status: 'failed', score: 0 });
    expect(
      report.exercises
        .find((e) => e.id === 'softmax')
        ?.tests.some((t) => t.message?.includes('NaN')),
    ).toBe(true);
  });
  test('mutating the input fails the check that says so', () => {
    const check = statusOf(report, 'ce-backward')?.tests.find((t) => /modif/i.test(t.name));
    expect(check?.status).toBe('failed');
    expect(statusOf(report, 'ce-backward')?.score).toBe(0);
  });
  test('throwing a non-Error is reported with the thrown value', () => {
    const messages = statusOf(report, 'label-smoothing')?.tests.map((t) => t.message ?? '') ?? [];
    expect(messages.some((m) => m.includes("smoothLabels threw 'not today'"))).toBe(true);
    expect(messages.some((m) => m.includes('labelSmoothingCrossEntropy threw {"reason":42}'))).toBe(
      true,
    );
  });
  test('patched globals stay in the sandbox and earn nothing', () => {
    expect(statusOf(report, 'focal-loss')).toMatchObject({ status: 'failed', score: 0 });
  });
});

describe('a submission with missing pieces', () => {
  const dir = submission({
    softmax: 'export function softMax(logits: number[]): number[] {\n  return logits;\n}\n',
    'ce-backward': 'while (true) {}\nexport function crossEntropyBackward() { return []; }\n',
    // another exercise's folder stands in for solutions/: both are outside this exercise's folder
    'label-smoothing': [
      "import { focalLoss } from '../focal-loss/focal-loss';",
      'export const smoothLabels = (labels: number[], k: number, e: number) => labels.map(() => [focalLoss([e], [k])]);',
      'export const labelSmoothingCrossEntropy = () => 0;',
    ].join('\n'),
  });
  const json = path.join(freshDir('report'), 'report.json');
  const run = runGrade(['--exercises', dir, '--json', json]);
  const report = readReport(json);

  test('a missing export is named, with what the file does export', () => {
    expect(statusOf(report, 'softmax')?.status).toBe('error');
    expect(statusOf(report, 'softmax')?.tests[0]?.message).toContain(
      "softmax.ts does not export a function named 'softmax' (it exports 'softMax')",
    );
  });
  test('a loop at the top level is stopped', () => {
    expect(statusOf(report, 'ce-backward')?.status).toBe('timeout');
  });
  test('importing from outside the exercise folder is refused', () => {
    expect(statusOf(report, 'label-smoothing')?.status).toBe('error');
    expect(statusOf(report, 'label-smoothing')?.tests[0]?.message).toContain(
      "label-smoothing.ts imports '../focal-loss/focal-loss' on line 1, but exercises are plain TypeScript",
    );
  });
  test('the intact exercise is still graded and passes', () => {
    expect(statusOf(report, 'focal-loss')).toMatchObject({ status: 'passed', score: 20 });
    expect(run.stdout).toContain(summaryWithout(['softmax', 'ce-backward', 'label-smoothing']));
  });
});
