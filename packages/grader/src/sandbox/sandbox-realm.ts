import { types } from 'node:util';
import vm from 'node:vm';
import { LIMITS } from './limits.ts';

/**
 * Code that runs in the realm before the learner's. It removes what could outlive or escape a call
 * or the heap limit (promises, WebAssembly, array buffers, finalizers), keeps the built-ins it needs before learner
 * code can patch them, and defines the four entry points the grader's scripts call: `__xentInit`,
 * `__xentLoad`, `__xentCall` and `__xentDrain`. Every value that leaves the realm is a string in the
 * wire format (wire.ts), made here while the call's time limit runs, so a getter, trap or
 * conversion hook of a learner's value only ever runs under that limit. It never calls a method
 * through a prototype that learner code could patch: no spread, no destructuring, no `push`.
 */
const PRELUDE = `
'use strict';
(() => {
  const G = globalThis;
  // no promises (nothing runs after a call), no WebAssembly, no shared or off-heap memory (which
  // the heap limit does not bound), no finalizers (they run learner code later, untimed)
  for (const name of ['Promise', 'WebAssembly', 'SharedArrayBuffer', 'Atomics', 'FinalizationRegistry', 'WeakRef',
    'AsyncIterator', 'ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
    'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'])
    delete G[name];
  // Node gives the error for a stopped call a \`code\` by assignment in this realm: a data property
  // here means no setter a learner puts on a prototype can run then, outside any time limit.
  Object.defineProperty(Error.prototype, 'code', { __proto__: null, value: undefined, writable: true, enumerable: false, configurable: false });
  const { isArray } = Array;
  const ArrayProto = Array.prototype;
  const ObjectProto = Object.prototype;
  const { getPrototypeOf, hasOwn, freeze, seal, defineProperty } = Object;
  const { ownKeys, getOwnPropertyDescriptor: own, apply } = Reflect;
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const ITERATOR = Symbol.iterator;
  const toText = String;
  const slice = String.prototype.slice;
  const LIMIT = ${LIMITS.outputChars};
  const MAX_LINES = ${LIMITS.outputLines};
  const fixed = (name, value) =>
    defineProperty(G, name, { __proto__: null, value, writable: false, configurable: false, enumerable: false });
  const append = (list, value) =>
    defineProperty(list, list.length, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
  const clip = (text) => (text.length > 2000 ? apply(slice, text, [0, 2000]) + '…' : text);

  class NotData { constructor(message) { this.message = message; } }
  // the grader's streams handed to the learner: arguments, but not data to send back
  const streams = [];

  const encode = (value, depth, where, visited, functions) => {
    switch (typeof value) {
      case 'number':
        if (value !== value) return '{"#":"NaN"}';
        if (value === 1 / 0) return '{"#":"Infinity"}';
        if (value === -1 / 0) return '{"#":"-Infinity"}';
        if (value === 0 && 1 / value < 0) return '{"#":"-0"}';
        return '' + value;
      case 'string':
        return stringify(value);
      case 'boolean':
        return value ? 'true' : 'false';
      case 'undefined':
        return '{"#":"u"}';
      case 'function':
        if (functions) return '{"#":"u"}';
        throw new NotData(where + ' is a function');
      case 'object':
        if (value === null) return 'null';
        break;
      default:
        throw new NotData(where + ' is a ' + typeof value);
    }
    if (functions) for (let i = 0; i < streams.length; i++) if (streams[i] === value) return '{"#":"u"}';
    if (depth > 64) throw new NotData(where + ' is nested more than 64 levels deep');
    append(visited, value);
    const proto = getPrototypeOf(value);
    if (isArray(value)) {
      if (proto !== ArrayProto) throw new NotData(where + ' is an array with a prototype of its own');
      const keys = ownKeys(value);
      const length = own(value, 'length').value;
      if (typeof length !== 'number' || keys.length !== length + 1)
        throw new NotData(where + ' is an array with holes or extra properties');
      let out = '[';
      for (let i = 0; i < length; i++) {
        const slot = own(value, '' + i);
        if (slot === undefined) throw new NotData(where + ' has a hole at [' + i + ']');
        if (hasOwn(slot, 'get') || hasOwn(slot, 'set')) throw new NotData(where + '[' + i + '] is a getter');
        out += (i === 0 ? '' : ',') + encode(slot.value, depth + 1, where + '[' + i + ']', visited, functions);
      }
      return out + ']';
    }
    if (proto !== ObjectProto && proto !== null)
      throw new NotData(where + ' is an object made by a class or a built-in, not plain data');
    const keys = ownKeys(value);
    let out = '{';
    let marked = false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key !== 'string') throw new NotData(where + ' has a symbol key');
      const slot = own(value, key);
      if (slot === undefined) continue;
      if (hasOwn(slot, 'get') || hasOwn(slot, 'set')) throw new NotData(where + '.' + key + ' is a getter');
      if (key === '#') marked = true;
      out += (out.length === 1 ? '' : ',') + stringify(key) + ':' + encode(slot.value, depth + 1, where + '.' + key, visited, functions);
    }
    out += '}';
    return marked ? '{"#":"o","v":' + out + '}' : out;
  };

  let bridge;
  const callback = (index) => (...args) => {
    const reply = parse(bridge(index, encode(args, 0, 'the callback arguments', [], false)));
    if (reply[0] !== 1) throw new Error(reply[1]);
    return revive(reply[1]);
  };
  // A one-shot iterator of the grader's, read in chunks through a callback: each value once, in order.
  const iterator = (pull) => {
    let chunk = [];
    let at = 0;
    let done = false;
    let ended = false;
    const it = {
      __proto__: null,
      next: () => {
        // after the end was read once, every further read still asks the stream, as a direct read would
        if (ended) {
          pull();
          return { value: undefined, done: true };
        }
        while (at >= chunk.length && !done) {
          const reply = pull();
          chunk = reply.values;
          at = 0;
          done = reply.done;
        }
        if (at < chunk.length) return { value: chunk[at++], done: false };
        ended = true;
        return { value: undefined, done: true };
      },
    };
    defineProperty(it, ITERATOR, { __proto__: null, value: () => it, writable: false, configurable: false, enumerable: false });
    append(streams, it);
    return it;
  };
  const revive = (value) => {
    if (typeof value !== 'object' || value === null) return value;
    if (isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      return value;
    }
    if (hasOwn(value, '#')) {
      const mark = value['#'];
      if (mark === 'NaN') return 0 / 0;
      if (mark === 'Infinity') return 1 / 0;
      if (mark === '-Infinity') return -1 / 0;
      if (mark === '-0') return -0;
      if (mark === 'u') return undefined;
      if (mark === 'f') return callback(value.i);
      if (mark === 'it') return iterator(callback(value.i));
      if (mark === 'o') value = value.v;
    }
    const keys = ownKeys(value);
    for (let i = 0; i < keys.length; i++) value[keys[i]] = revive(value[keys[i]]);
    return value;
  };

  let lines = [];
  let used = 0;
  let cut = 0;
  const show = (value) => {
    if (typeof value === 'string') return value;
    try {
      const text = stringify(value, (k, v) => (typeof v === 'number' && v - v !== 0 ? toText(v) : v));
      return typeof text === 'string' ? text : toText(value);
    } catch {
      try { return toText(value); } catch { return '(a value that cannot be printed)'; }
    }
  };
  const log = (...values) => {
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ' ') + show(values[i]);
    const room = LIMIT - used;
    if (lines.length >= MAX_LINES || room <= 0) { cut += line.length; return; }
    if (line.length > room) { cut += line.length - room; line = apply(slice, line, [0, room]); }
    used += line.length;
    append(lines, line);
  };
  fixed('console', freeze({ __proto__: null, log, info: log, warn: log, error: log, debug: log, trace: log, table: log, dir: log }));
  const drain = () => {
    let out = '[';
    for (let i = 0; i < lines.length; i++) out += (i === 0 ? '' : ',') + stringify(lines[i]);
    const text = out + '],' + cut;
    lines = [];
    cut = 0;
    return text;
  };

  const describe = (thrown) => {
    try {
      if (typeof thrown === 'object' && thrown !== null) {
        const name = thrown.name;
        const message = thrown.message;
        if (typeof name === 'string' && typeof message === 'string')
          return '{"name":' + stringify(clip(name)) + ',"message":' + stringify(clip(message)) + '}';
        let shown;
        try { shown = clip(encode(thrown, 0, 'the thrown value', [], true)); } catch { shown = '(an object)'; }
        return '{"text":' + stringify(shown) + '}';
      }
      if (typeof thrown === 'string') return '{"text":' + stringify(clip("'" + thrown + "'")) + '}';
      return '{"text":' + stringify(clip(toText(thrown))) + '}';
    } catch {
      return '{"text":"(a value that cannot be described)"}';
    }
  };

  const box = seal({ __proto__: null, name: '', input: '', factory: undefined, bridge: undefined, visited: undefined });
  let exported = { __proto__: null };

  fixed('__xentBox', box);
  fixed('__xentInit', () => {
    bridge = box.bridge;
    box.bridge = undefined;
  });
  fixed('__xentLoad', () => {
    const factory = box.factory;
    const names = parse(box.input);
    box.factory = undefined;
    try {
      const module = { __proto__: null, exports: {} };
      apply(factory, undefined, [module, module.exports]);
      const exports = module.exports;
      const missing = [];
      for (let i = 0; i < names.length; i++) {
        const fn = exports[names[i]];
        if (typeof fn === 'function') exported[names[i]] = fn;
        else append(missing, names[i]);
      }
      let found = [];
      if (missing.length > 0) {
        const keys = ownKeys(exports);
        for (let i = 0; i < keys.length; i++)
          if (typeof keys[i] === 'string' && keys[i] !== '__esModule') append(found, keys[i]);
      }
      return '[1,' + encode(missing, 0, '', [], false) + ',' + encode(found, 0, '', [], false) + ',' + drain() + ']';
    } catch (thrown) {
      return '[2,' + describe(thrown) + ',' + drain() + ']';
    }
  });
  fixed('__xentCall', () => {
    const fn = exported[box.name];
    box.visited = undefined;
    let args;
    let value;
    try {
      args = revive(parse(box.input));
      value = apply(fn, undefined, args);
    } catch (thrown) {
      return '[2,' + describe(thrown) + ',' + drain() + ']';
    }
    const visited = [];
    let encoded;
    try {
      encoded = encode(value, 0, 'the result', visited, false) + ',' + encode(args, 0, 'the arguments', visited, true);
    } catch (thrown) {
      if (thrown instanceof NotData) return '[3,' + stringify(thrown.message) + ',' + drain() + ']';
      return '[2,' + describe(thrown) + ',' + drain() + ']';
    }
    box.visited = visited;
    return '[1,' + encoded + ',' + drain() + ']';
  });
  fixed('__xentDrain', () => '[' + drain() + ']');
})();
`;

/** Dynamic `import()` in realm code is refused with a plain string, so no error object of the grader's enters the realm. */
const refuseImport = (): never => {
  throw 'imports are not available to exercises';
};

const script = (code: string, filename: string) =>
  new vm.Script(code, {
    filename,
    importModuleDynamically: refuseImport as unknown as vm.ScriptOptions['importModuleDynamically'],
  });

const PRELUDE_SCRIPT = script(PRELUDE, 'grader-prelude.js');
const INIT_SCRIPT = script('__xentInit()', 'grader-init.js');
const LOAD_SCRIPT = script('__xentLoad()', 'grader-load.js');
const CALL_SCRIPT = script('__xentCall()', 'grader-call.js');
const DRAIN_SCRIPT = script('__xentDrain()', 'grader-drain.js');

/** The realm's side of the mailbox: plain data properties on a sealed object with no prototype. */
interface Mailbox {
  name: string;
  input: string;
  factory: unknown;
  bridge: unknown;
  visited: unknown;
}

/** Answers a learner's call of a callback the grader passed in: wire text in, `[1, value]` or `[0, message]` out. */
export type Bridge = (index: number, args: string) => string;

/**
 * A fresh JavaScript realm for one exercise, with nothing of the host in it: only the language's
 * own built-ins (no `process`, `require`, timers, `fetch`, promises or WebAssembly), no string
 * compilation (`eval`, `new Function`), and microtasks that run inside each call's time limit.
 * Everything crosses as text; results are returned as that text for the caller to decode.
 */
export class SandboxRealm {
  private readonly context: vm.Context = vm.createContext(Object.create(null), {
    name: 'exercise',
    codeGeneration: { strings: false, wasm: false },
    microtaskMode: 'afterEvaluate',
  });
  private readonly box: Mailbox;

  constructor(bridge: Bridge) {
    PRELUDE_SCRIPT.runInContext(this.context, { timeout: 1000 });
    this.box = vm.runInContext('__xentBox', this.context) as Mailbox;
    this.box.bridge = bridge;
    INIT_SCRIPT.runInContext(this.context, { timeout: 1000 });
  }

  /** Compiles the exercise's CommonJS code and runs its top level; returns the load reply text. */
  load(code: string, filename: string, exportNames: string[], timeoutMs: number): string {
    const factory = script(`(function (module, exports) {'use strict';\n${code}\n})`, filename);
    this.box.factory = factory.runInContext(this.context, { timeout: timeoutMs });
    this.box.input = JSON.stringify(exportNames);
    return LOAD_SCRIPT.runInContext(this.context, { timeout: timeoutMs }) as string;
  }

  /**
   * Calls an exported function with wire-encoded arguments; returns the reply text and whether any
   * object the reply was read from is a Proxy (whose traps could have made up what was read).
   */
  call(name: string, args: string, timeoutMs: number): { reply: string; proxy: boolean } {
    this.box.name = name;
    this.box.input = args;
    const reply = CALL_SCRIPT.runInContext(this.context, { timeout: timeoutMs }) as string;
    const visited = this.box.visited as unknown[] | undefined;
    this.box.visited = undefined;
    let proxy = false;
    if (visited !== undefined)
      for (let i = 0; i < visited.length && !proxy; i++) proxy = types.isProxy(visited[i]);
    return { reply, proxy };
  }

  /** The output not yet collected (after a call was stopped): `[lines, cut]` as wire text. */
  drain(): string {
    return DRAIN_SCRIPT.runInContext(this.context, { timeout: 100 }) as string;
  }
}
