import {
  describeThrown,
  isErrorLike,
  SANDBOX_ERRORS,
  SandboxError,
  STUB_MESSAGE_PREFIX,
} from '../sandbox/errors.ts';
import { callLimitMs, LIMITS } from '../sandbox/limits.ts';
import { type CompiledSource, refusedImport } from './compile-source.ts';

type ExportedFunction = (...args: unknown[]) => unknown;

/** Which exercise is loaded, and which functions its checks call. */
export interface LearnerSpec {
  id: string;
  exports: readonly string[];
}

/**
 * Where the page stopped an earlier run of the same code: the call with this number (counted from 0
 * over every call of the run) or the loading did not finish, so this run reports it as stopped
 * there instead of running it again. The run is seeded, so the same calls come in the same order.
 */
export interface StopPlan {
  stopAtCall?: number;
  stopAtLoad?: boolean;
}

/** What the page's watchdog hears while the checks run: each call and the loading, with its limit. */
export interface RunListener {
  loadStart?: (limitMs: number) => void;
  callStart?: (index: number, name: string, limitMs: number) => void;
  callEnd?: (index: number) => void;
}

/** The learner's functions for the checks, and what their code printed. */
export interface LearnerModule {
  functions: Record<string, ExportedFunction>;
  output: string[];
}

/**
 * The exercise's functions, each a wrapper around the learner's code evaluated in this realm (the
 * worker in the page, the test process in Node): arrays are copied in, changes to them mirrored
 * back and results copied out as the CLI's sandbox does; each call is timed against the CLI's
 * limits; failures get the sandbox's error names and messages. Loading is lazy, as in the CLI.
 */
export function loadLearner(
  spec: LearnerSpec,
  compiled: CompiledSource,
  plan: StopPlan = {},
  listener: RunListener = {},
): LearnerModule {
  const state = new LearnerState(spec, compiled, plan, listener);
  const functions = Object.fromEntries(
    spec.exports.map((name) => [name, (...args: unknown[]) => state.call(name, args)]),
  );
  return { functions, output: state.output };
}

/** Thrown in place of a call the page stopped: read as a timeout. */
const STOPPED = Symbol('stopped by the page');

class LearnerState {
  readonly output: string[] = [];
  private exports: Record<string, unknown> | undefined;
  private loadError: SandboxError | undefined;
  private timedOutIn: string | undefined;
  private spentMs = 0;
  private calls = 0;

  constructor(
    private readonly spec: LearnerSpec,
    private readonly compiled: CompiledSource,
    private readonly plan: StopPlan,
    private readonly listener: RunListener,
  ) {}

  call(name: string, args: unknown[]): unknown {
    if (this.timedOutIn !== undefined) {
      throw new SandboxError(
        SANDBOX_ERRORS.timeout,
        `not run: an earlier call of ${this.timedOutIn} did not finish in time (possible infinite loop)`,
      );
    }
    const exports = this.load();
    const timeout = callLimitMs(LIMITS, this.spentMs);
    if (timeout < 1) {
      this.timedOutIn = name;
      throw new SandboxError(
        SANDBOX_ERRORS.timeout,
        `${name} was not run: the calls of ${this.spec.id} used up their ${LIMITS.totalMs} ms in all (too slow, or a loop)`,
      );
    }
    const index = this.calls++;
    const copies = copyIn(args) as unknown[];
    this.listener.callStart?.(index, name, timeout);
    const start = performance.now();
    try {
      if (index === this.plan.stopAtCall) throw STOPPED;
      const result = (exports[name] as ExportedFunction)(...copies);
      if (performance.now() - start > timeout) throw STOPPED;
      mirrorChanges(args, copies);
      return copyOut(result);
    } catch (error) {
      throw this.explain(name, error, timeout);
    } finally {
      this.spentMs += performance.now() - start;
      this.listener.callEnd?.(index);
    }
  }

  private load(): Record<string, unknown> {
    if (this.loadError) throw this.loadError;
    if (this.exports) return this.exports;
    try {
      this.exports = this.evaluate();
      return this.exports;
    } catch (error) {
      this.loadError =
        error instanceof SandboxError
          ? error
          : new SandboxError(
              SANDBOX_ERRORS.load,
              `${this.spec.id}.ts failed while loading: ${describeThrown(error)}`,
            );
      throw this.loadError;
    }
  }

  private evaluate(): Record<string, unknown> {
    if ('error' in this.compiled) throw new SandboxError(SANDBOX_ERRORS.load, this.compiled.error);
    const module = { exports: {} as Record<string, unknown> };
    this.listener.loadStart?.(LIMITS.loadMs);
    const start = performance.now();
    try {
      if (this.plan.stopAtLoad) throw STOPPED;
      const factory = new Function('exports', 'require', 'module', 'console', this.compiled.code);
      factory(module.exports, refuseRequire(this.spec.id), module, captureConsole(this.output));
      if (performance.now() - start > LIMITS.loadMs) throw STOPPED;
    } catch (error) {
      if (error === STOPPED) {
        throw new SandboxError(
          SANDBOX_ERRORS.timeout,
          `${this.spec.id}.ts did not finish loading in time (possible infinite loop at the top level)`,
        );
      }
      if (error instanceof SandboxError) throw error;
      throw new SandboxError(
        SANDBOX_ERRORS.load,
        `${this.spec.id}.ts threw while loading: ${describeThrown(error)}`,
      );
    }
    const exports = module.exports;
    const missing = this.spec.exports.filter((name) => typeof exports[name] !== 'function');
    if (missing.length > 0) {
      const found = Object.keys(exports).filter((key) => key !== '__esModule');
      throw new SandboxError(
        SANDBOX_ERRORS.load,
        `${this.spec.id}.ts does not export ${missing.map((name) => `a function named '${name}'`).join(' or ')} (it exports ${found.length ? found.map((key) => `'${key}'`).join(', ') : 'nothing'})`,
      );
    }
    return exports;
  }

  private explain(name: string, error: unknown, timeout: number): SandboxError {
    if (error instanceof SandboxError) return error;
    if (error === STOPPED) {
      this.timedOutIn = name;
      return new SandboxError(
        SANDBOX_ERRORS.timeout,
        `${name} was stopped after ${timeout} ms: possible infinite loop`,
      );
    }
    if (isErrorLike(error) && error.message.startsWith(STUB_MESSAGE_PREFIX)) {
      return new SandboxError(
        SANDBOX_ERRORS.notImplemented,
        `${name} is not implemented yet (it throws '${error.message}')`,
      );
    }
    return new SandboxError(SANDBOX_ERRORS.threw, `${name} threw ${describeThrown(error)}`);
  }
}

/** A `require` for code that imports at run time: every module is refused with the CLI's sentence. */
function refuseRequire(id: string): (specifier: string) => never {
  return (specifier) => {
    throw new SandboxError(SANDBOX_ERRORS.load, refusedImport(`${id}.ts`, String(specifier)));
  };
}

/** A console that keeps what the learner prints (at most 200 lines), as the CLI's sandbox does. */
function captureConsole(lines: string[]): Record<string, (...values: unknown[]) => void> {
  const show = (value: unknown): string => {
    if (typeof value === 'string') return value;
    try {
      return (
        JSON.stringify(value, (_key, v) =>
          typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
        ) ?? String(value)
      );
    } catch {
      return String(value);
    }
  };
  const log = (...values: unknown[]) => {
    if (lines.length < 200) lines.push(values.map(show).join(' '));
  };
  return Object.freeze({ log, info: log, warn: log, error: log, debug: log, table: log });
}

/** A copy of the arrays in a value, as the CLI's sandbox makes of every argument. */
function copyIn(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const out = new Array<unknown>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = copyIn(value[i]);
  return out;
}

/** A copy of the arrays in a result, so the checks never hold the learner's own arrays. */
function copyOut(value: unknown): unknown {
  return copyIn(value);
}

/** Writes changes the learner made to the copies of the arguments back into the originals. */
function mirrorChanges(originals: unknown[], copies: unknown[]): void {
  for (let i = 0; i < originals.length; i++) {
    const original = originals[i];
    const copy = copies[i];
    if (Array.isArray(original) && Array.isArray(copy)) {
      if (original.length !== copy.length) original.length = copy.length;
      mirrorChanges(original, copy);
    } else if (!Object.is(original, copy)) {
      originals[i] = copyOut(copy);
    }
  }
}
