/**
 * The one format in which values cross between the grader and a learner's realm: JSON text, with
 * the numbers JSON cannot hold, `undefined` and callbacks written as marker objects `{"#": …}`.
 * Only text crosses, so no object of either side is ever handed to the other. Data is `undefined`,
 * `null`, booleans, numbers, strings, arrays of data and plain objects of data. The realm's side of
 * this format lives in the realm's prelude (sandbox-realm.ts) and follows the same rules.
 */

/** The marker key; an object of data that has this key itself is written as `{"#": "o", "v": …}`. */
const MARK = '#';

/**
 * Encodes grader data for the realm; functions become `{"#": "f", "i": k}` with `k` their index in
 * `callbacks`, and iterables (a stream's one-shot iterator) `{"#": "it", "i": k}`, read in chunks.
 */
export function encodeForRealm(
  value: unknown,
  callbacks: Array<(...args: unknown[]) => unknown>,
): string {
  return JSON.stringify(toWire(value, callbacks, 0));
}

function toWire(
  value: unknown,
  callbacks: Array<(...args: unknown[]) => unknown>,
  depth: number,
): unknown {
  if (depth > 64) throw new TypeError('wire: data is nested more than 64 levels deep');
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return { [MARK]: 'NaN' };
      if (value === Number.POSITIVE_INFINITY) return { [MARK]: 'Infinity' };
      if (value === Number.NEGATIVE_INFINITY) return { [MARK]: '-Infinity' };
      if (Object.is(value, -0)) return { [MARK]: '-0' };
      return value;
    case 'undefined':
      return { [MARK]: 'u' };
    case 'string':
    case 'boolean':
      return value;
    case 'function':
      callbacks.push(value as (...args: unknown[]) => unknown);
      return { [MARK]: 'f', i: callbacks.length - 1 };
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map((item) => toWire(item, callbacks, depth + 1));
      if (isIterable(value)) {
        callbacks.push(chunksOf(value[Symbol.iterator]()));
        return { [MARK]: 'it', i: callbacks.length - 1 };
      }
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value))
        out[key] = toWire(item, callbacks, depth + 1);
      return MARK in out ? { [MARK]: 'o', v: out } : out;
    }
    default:
      throw new TypeError(`wire: a ${typeof value} cannot be passed to an exercise`);
  }
}

/** Values an iterator hands the realm per crossing: few crossings for a long stream, each value read once. */
const CHUNK = 4096;

function isIterable(value: object): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** A callback that reads the next values of a one-shot iterator: `{ values, done }`. */
function chunksOf(iterator: Iterator<unknown>): () => { values: unknown[]; done: boolean } {
  return () => {
    const values: unknown[] = [];
    while (values.length < CHUNK) {
      const step = iterator.next();
      if (step.done) return { values, done: true };
      values.push(step.value);
    }
    return { values, done: false };
  };
}

/** Decodes data the realm encoded into fresh objects of the grader. */
export function decodeFromRealm(text: string): unknown {
  return fromWire(JSON.parse(text));
}

function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, MARK)) {
    switch (record[MARK]) {
      case 'NaN':
        return Number.NaN;
      case 'Infinity':
        return Number.POSITIVE_INFINITY;
      case '-Infinity':
        return Number.NEGATIVE_INFINITY;
      case '-0':
        return -0;
      case 'u':
        return undefined;
      case 'o':
        return decodeObject(record.v as Record<string, unknown>);
      default:
        throw new TypeError(`wire: unknown marker ${JSON.stringify(record[MARK])}`);
    }
  }
  return decodeObject(record);
}

function decodeObject(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record))
    Object.defineProperty(out, key, {
      value: fromWire(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}
