import { describe, expect, it } from 'vitest';
import { compileSource } from '../src/browser/compile-source.ts';
import { loadLearner } from '../src/browser/learner-module.ts';
import type { GradeRequest, WorkerHandle, WorkerMessage } from '../src/browser/protocol.ts';
import { GRACE_MS, gradeInWorker } from '../src/browser/supervise.ts';
import { SANDBOX_ERRORS } from '../src/sandbox/errors.ts';
import { LIMITS } from '../src/sandbox/limits.ts';

const SPEC = { id: 'double', exports: ['double'] };

/** The error a learner call throws, as `{ name, message }`. */
function thrown(call: () => unknown): { name: string; message: string } {
  try {
    call();
  } catch (error) {
    const { name, message } = error as Error;
    return { name, message };
  }
  throw new Error('thrown: the call returned');
}

describe('compileSource refuses what the page cannot run, in the CLI’s words', () => {
  it.each([
    [
      "import { mean } from './_parts.ts';",
      "imports './_parts.ts', but the page holds only this one file.",
    ],
    [
      "import fc from 'fast-check';",
      "imports 'fast-check', but it is not a file of the exercise folder.",
    ],
    [
      "import { readFileSync } from 'node:fs';",
      "imports 'node:fs', but Node modules are not available in the page.",
    ],
    ["export { mean } from './_parts.ts';", "imports './_parts.ts'"],
    ["import './_parts.ts';", "imports './_parts.ts'"],
  ])('%s', (line, expected) => {
    const compiled = compileSource(
      'double',
      // An import nothing uses is dropped, by esbuild as by sucrase: these are used.
      `${line}\nexport const double = (x: number) => 2 * x;\nvoid [mean, fc, readFileSync];\n`,
    );
    expect('error' in compiled && compiled.error).toContain(`double.ts ${expected}`);
  });

  it('keeps type-only imports out of the way, as esbuild does', () => {
    const compiled = compileSource(
      'double',
      "import type { Vector } from './types.ts';\nexport const double = (x: Vector) => x.map((v) => 2 * v);\n",
    );
    expect(compiled).not.toHaveProperty('error');
  });

  it('gives the line, the column and a caret for a syntax error', () => {
    const compiled = compileSource(
      'double',
      'export function double(x: number) {\n  return 2 * ;\n}\n',
    );
    expect('error' in compiled && compiled.error).toMatch(
      /^double\.ts does not compile:\n {2}double\.ts:2:\d+: .+\n {6}return 2 \* ;\n {4}\s*\^$/,
    );
  });
});

describe('loadLearner', () => {
  const compiled = compileSource(
    'double',
    'export function double(xs: number[]): number[] { xs.push(0); return xs.map((x) => 2 * x); }\n',
  );

  it('copies arrays in and out and mirrors changes to the arguments back, as the CLI does', () => {
    const { functions } = loadLearner(SPEC, compiled);
    const input = [1, 2];
    const result = functions.double?.(input);
    expect(result).toEqual([2, 4, 0]);
    expect(input).toEqual([1, 2, 0]);
  });

  it('reports a call the page stopped as a timeout, and every later call as not run', () => {
    const { functions } = loadLearner(SPEC, compiled, { stopAtCall: 1 });
    expect(functions.double?.([1])).toEqual([2, 0]);
    expect(thrown(() => functions.double?.([1]))).toEqual({
      name: SANDBOX_ERRORS.timeout,
      message: `double was stopped after ${LIMITS.callMs} ms: possible infinite loop`,
    });
    expect(thrown(() => functions.double?.([1]))).toEqual({
      name: SANDBOX_ERRORS.timeout,
      message: 'not run: an earlier call of double did not finish in time (possible infinite loop)',
    });
  });

  it.each([
    [
      { stopAtLoad: true },
      compiled,
      SANDBOX_ERRORS.timeout,
      'double.ts did not finish loading in time (possible infinite loop at the top level)',
    ],
    [
      {},
      compileSource('double', 'export const triple = 3;'),
      SANDBOX_ERRORS.load,
      "double.ts does not export a function named 'double' (it exports 'triple')",
    ],
    [
      {},
      compileSource('double', "throw new Error('TODO: implement double');"),
      SANDBOX_ERRORS.load,
      'double.ts threw while loading: Error: TODO: implement double',
    ],
    [
      {},
      compileSource(
        'double',
        "export function double() { throw new Error('TODO: implement double'); }",
      ),
      SANDBOX_ERRORS.notImplemented,
      "double is not implemented yet (it throws 'TODO: implement double')",
    ],
  ])('%o fails each call with the sandbox’s error', (plan, source, name, message) => {
    const { functions } = loadLearner(SPEC, source, plan);
    expect(thrown(() => functions.double?.([1]))).toEqual({ name, message });
  });
});

/** A worker that answers like the real one, except that call number `hangAt` never returns. */
function fakeWorker(hangAt: number, requests: GradeRequest[]): () => WorkerHandle {
  return () => {
    let listener: (message: WorkerMessage) => void = () => {};
    return {
      post: (request) => {
        requests.push(request);
        setTimeout(() => {
          for (let index = 0; index < 3; index++) {
            listener({ type: 'call', index, name: 'double', limitMs: 20 });
            if (index === hangAt && request.plan?.stopAtCall !== hangAt) return;
            listener({ type: 'return', index });
          }
          listener({
            type: 'report',
            report: {
              id: 'double',
              title: 'Double',
              status: request.plan?.stopAtCall === undefined ? 'passed' : 'timeout',
              score: 0,
              maxScore: 1,
              durationMs: 1,
              tests: [],
              diagnoses: [],
            },
          });
        }, 0);
      },
      onMessage: (handler) => {
        listener = handler;
      },
      onError: () => {},
      terminate: () => {},
    };
  };
}

describe('gradeInWorker', () => {
  const exercise = {
    id: 'double',
    title: 'Double',
    lesson: 'softmax',
    points: 1,
    exports: ['double'],
    hints: [],
    sections: {},
  };

  it('replays a run whose call did not return, with that call reported as stopped', async () => {
    const requests: GradeRequest[] = [];
    const started = Date.now();
    const report = await gradeInWorker(fakeWorker(1, requests), exercise, 'source');
    expect(report.status).toBe('timeout');
    expect(requests.map((r) => r.plan)).toEqual([{}, { stopAtCall: 1 }]);
    expect(Date.now() - started).toBeLessThan(20 + GRACE_MS + 500);
  });

  it('runs once when every call returns', async () => {
    const requests: GradeRequest[] = [];
    const report = await gradeInWorker(fakeWorker(-1, requests), exercise, 'source');
    expect(report.status).toBe('passed');
    expect(requests).toHaveLength(1);
  });
});
