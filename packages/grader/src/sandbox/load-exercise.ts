import { performance } from 'node:perf_hooks';
import { types } from 'node:util';
import type { ExerciseBundle } from './bundle-exercise.ts';
import { describeThrown, SANDBOX_ERRORS, SandboxError, STUB_MESSAGE_PREFIX } from './errors.ts';
import { callLimitMs, LIMITS, type TimeLimits } from './limits.ts';
import { SandboxRealm } from './sandbox-realm.ts';
import { decodeFromRealm, encodeForRealm } from './wire.ts';

/** Which file to load for an exercise, and which functions its suite calls. */
export interface ExerciseSpec {
  id: string;
  file: string;
  exports: string[];
}

type ExportedFunction = (...args: unknown[]) => unknown;

/** Where what learner code printed goes: one call per line, already cleaned and capped. */
export type OutputSink = (id: string, line: string) => void;

/** The default sink: `[id] line` on the console, which the grading run collects per exercise. */
export const consoleSink: OutputSink = (id, line) => console.log(`[${id}] ${line}`);

/**
 * The exercise's functions, each a synchronous wrapper that runs the learner's code in a realm of
 * its own with nothing of the grader's in it: arguments go in and results come out as copies made
 * from text (changes to array arguments are mirrored back so suites can see them), each call has a
 * time limit (and all calls together a total), what the code prints is capped, and every failure
 * becomes an error whose name says what happened. Loading is lazy, so a broken file fails each
 * check with its reason instead of failing the suite.
 */
export function loadExercise(
  spec: ExerciseSpec,
  bundle: ExerciseBundle,
  options: { limits?: TimeLimits; output?: OutputSink } = {},
): Record<string, ExportedFunction> {
  const sandbox = new ExerciseSandbox(
    spec,
    bundle,
    options.limits ?? LIMITS,
    options.output ?? consoleSink,
  );
  return Object.fromEntries(
    spec.exports.map((name) => [name, (...args: unknown[]) => sandbox.call(name, args)]),
  );
}

type LoadReply = [1, string[], string[], string[], number] | [2, Thrown, string[], number];
type CallReply =
  | [1, unknown, unknown[], string[], number]
  | [2, Thrown, string[], number]
  | [3, string, string[], number];
type Thrown = { name: string; message: string } | { text: string };

class ExerciseSandbox {
  private realm: SandboxRealm | undefined;
  private loadError: SandboxError | undefined;
  private timedOutIn: string | undefined;
  private spentMs = 0;
  private printed = 0;
  private cut = 0;
  private callbacks: ExportedFunction[] = [];

  constructor(
    private readonly spec: ExerciseSpec,
    private readonly bundle: ExerciseBundle,
    private readonly limits: TimeLimits,
    private readonly output: OutputSink,
  ) {}

  call(name: string, args: unknown[]): unknown {
    if (this.timedOutIn !== undefined) {
      throw new SandboxError(
        SANDBOX_ERRORS.timeout,
        `not run: an earlier call of ${this.timedOutIn} did not finish in time (possible infinite loop)`,
      );
    }
    const realm = this.load();
    const timeout = callLimitMs(this.limits, this.spentMs);
    if (timeout < 1) {
      this.timedOutIn = name;
      throw new SandboxError(
        SANDBOX_ERRORS.timeout,
        `${name} was not run: the calls of ${this.spec.id} used up their ${this.limits.totalMs} ms in all (too slow, or a loop)`,
      );
    }
    this.callbacks = [];
    let input: string;
    try {
      input = encodeForRealm(args, this.callbacks);
    } catch (error) {
      throw new SandboxError(
        SANDBOX_ERRORS.threw,
        `${name} could not be called: ${describeThrown(error)}`,
      );
    }
    const start = performance.now();
    let answer: { reply: string; proxy: boolean };
    try {
      answer = realm.call(name, input, timeout);
    } catch (error) {
      throw this.stopped(name, error, timeout, realm);
    } finally {
      this.spentMs += performance.now() - start;
    }
    const reply = decodeFromRealm(answer.reply) as CallReply;
    this.forward(reply[reply.length - 2] as string[], reply[reply.length - 1] as number);
    if (reply[0] === 2) throw this.explainThrown(name, reply[1]);
    if (reply[0] === 3) throw notData(name, reply[1]);
    if (answer.proxy) throw notData(name, 'the result or an argument is a Proxy');
    mirrorChanges(args, reply[2]);
    return reply[1];
  }

  /** Answers the learner's calls of callbacks the grader passed in, as wire text. */
  private readonly bridge = (index: number, text: string): string => {
    try {
      const callback = this.callbacks[index];
      if (!callback) return JSON.stringify([0, `no callback ${index}`]);
      return `[1,${encodeForRealm(callback(...(decodeFromRealm(text) as unknown[])), [])}]`;
    } catch (error) {
      return JSON.stringify([0, describeThrown(error)]);
    }
  };

  private load(): SandboxRealm {
    if (this.loadError) throw this.loadError;
    if (this.realm) return this.realm;
    try {
      this.realm = this.evaluate();
      return this.realm;
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

  private evaluate(): SandboxRealm {
    if ('error' in this.bundle) throw new SandboxError(SANDBOX_ERRORS.load, this.bundle.error);
    const realm = new SandboxRealm(this.bridge);
    let text: string;
    try {
      text = realm.load(this.bundle.code, this.spec.file, this.spec.exports, this.limits.loadMs);
    } catch (error) {
      if (isTimeout(error)) {
        this.forwardDrained(realm);
        throw new SandboxError(
          SANDBOX_ERRORS.timeout,
          `${this.spec.id}.ts did not finish loading in time (possible infinite loop at the top level)`,
        );
      }
      throw new SandboxError(
        SANDBOX_ERRORS.load,
        `${this.spec.id}.ts could not be loaded: ${hostMessage(error)}`,
      );
    }
    const reply = decodeFromRealm(text) as LoadReply;
    this.forward(reply[reply.length - 2] as string[], reply[reply.length - 1] as number);
    if (reply[0] === 2) {
      throw new SandboxError(
        SANDBOX_ERRORS.load,
        `${this.spec.id}.ts threw while loading: ${shownThrown(reply[1])}`,
      );
    }
    const [, missing, found] = reply;
    if (missing.length > 0) {
      throw new SandboxError(
        SANDBOX_ERRORS.load,
        `${this.spec.id}.ts does not export ${missing.map((name) => `a function named '${name}'`).join(' or ')} (it exports ${found.length ? found.map((key) => `'${key}'`).join(', ') : 'nothing'})`,
      );
    }
    return realm;
  }

  /** The error for a call that did not come back: stopped by its time limit, or broke out of the realm's handling. */
  private stopped(
    name: string,
    error: unknown,
    timeout: number,
    realm: SandboxRealm,
  ): SandboxError {
    if (isTimeout(error)) {
      this.timedOutIn = name;
      this.forwardDrained(realm);
      return new SandboxError(
        SANDBOX_ERRORS.timeout,
        `${name} was stopped after ${timeout} ms: possible infinite loop`,
      );
    }
    return new SandboxError(
      SANDBOX_ERRORS.threw,
      `${name} failed in a way the grader could not read: ${hostMessage(error)}`,
    );
  }

  private explainThrown(name: string, thrown: Thrown): SandboxError {
    if ('message' in thrown && thrown.message.startsWith(STUB_MESSAGE_PREFIX)) {
      return new SandboxError(
        SANDBOX_ERRORS.notImplemented,
        `${name} is not implemented yet (it throws '${thrown.message}')`,
      );
    }
    return new SandboxError(SANDBOX_ERRORS.threw, `${name} threw ${shownThrown(thrown)}`);
  }

  private forwardDrained(realm: SandboxRealm): void {
    try {
      const [lines, cut] = decodeFromRealm(realm.drain()) as [string[], number];
      this.forward(lines, cut);
    } catch {
      // the realm was stopped mid-way: what it printed in that call is lost, nothing else
    }
  }

  /** Passes printed lines on, cleaned of control characters, until the exercise's output cap; counts the rest. */
  private forward(lines: string[], cut: number): void {
    let newlyCut = cut;
    for (const line of lines) {
      for (const part of line.split('\n')) {
        const room = LIMITS.outputChars - this.printed;
        if (room <= 0) {
          newlyCut += part.length;
          continue;
        }
        const shown = part.length > room ? part.slice(0, room) : part;
        newlyCut += part.length - shown.length;
        this.printed += shown.length;
        this.output(this.spec.id, cleanLine(shown));
      }
    }
    if (newlyCut > 0) {
      this.cut += newlyCut;
      this.output(this.spec.id, cutMarker(this.cut));
    }
  }
}

/** The line that says how much output was cut; the report keeps only the last one. */
export function cutMarker(count: number): string {
  return `… ${count} more characters cut`;
}

/** A printed line with control characters (terminal escapes, carriage returns) made visible as `�`. */
export function cleanLine(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}

function shownThrown(thrown: Thrown): string {
  return 'text' in thrown ? thrown.text : `${thrown.name}: ${thrown.message}`;
}

function notData(name: string, what: string): SandboxError {
  return new SandboxError(
    SANDBOX_ERRORS.threw,
    `${name} returned something that is not plain data (${what}): return numbers and arrays of numbers`,
  );
}

/**
 * Whether `vm` stopped a script for its time limit. Node makes that error in the learner's realm,
 * so it is read through its own data property only: no getter or trap of learner code can run.
 */
function isTimeout(error: unknown): boolean {
  if (!types.isNativeError(error)) return false;
  return Object.getOwnPropertyDescriptor(error, 'code')?.value === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/** A message for an error that reached the grader: read only when it is one of the grader's own. */
function hostMessage(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`
    : "an error of the exercise that escaped the grader's handling";
}

/**
 * Writes changes the learner made to copies of the arguments back into the originals, arrays and
 * plain objects alike, so a check sees its own argument changed (functions and streams stay).
 */
function mirrorChanges(originals: unknown[] | Record<string, unknown>, copies: unknown): void {
  const source = copies as Record<string, unknown>;
  const target = originals as Record<string, unknown>;
  if (Array.isArray(originals) && Array.isArray(copies) && originals.length !== copies.length)
    originals.length = copies.length;
  for (const key of Object.keys(source)) {
    const original = target[key];
    const copy = source[key];
    if (typeof original === 'function' || isStream(original)) continue;
    if (
      isContainer(original) &&
      isContainer(copy) &&
      Array.isArray(original) === Array.isArray(copy)
    )
      mirrorChanges(original, copy);
    else if (!Object.is(original, copy)) target[key] = copy;
  }
  if (!Array.isArray(originals))
    for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
}

function isContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isStream(value: unknown): boolean {
  return isContainer(value) && !Array.isArray(value) && Symbol.iterator in value;
}
