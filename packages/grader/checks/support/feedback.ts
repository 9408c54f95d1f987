import { lessonLabel, type ResolvedSection } from '@xent/course';

/** `Reread: 3 · Softmax and temperature › Overflow and the max trick (/lessons/softmax/#overflow-and-the-max-trick)`. */
export function reread(section: ResolvedSection): string {
  return `Reread: ${sectionLabel(section)}`;
}

/** `3 · Softmax and temperature › Overflow and the max trick (/lessons/softmax/#overflow-and-the-max-trick)`. */
export function sectionLabel(section: ResolvedSection): string {
  return `${lessonLabel(section.lesson)} › ${section.heading} (${section.url})`;
}

const MAX_ITEMS = 8;
const MAX_ROWS = 4;
const SIGNIFICANT_DIGITS = 4;

/** A number rounded to about four significant digits: `0.7311`, `1.234e-7`, `NaN`, `-Infinity`. */
export function formatNumber(value: number, digits = SIGNIFICANT_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (Number.isInteger(value) && size < 1e6) return String(value);
  if (size < 1e-3 || size >= 1e6) {
    const [mantissa = '', exponent = ''] = value.toExponential(digits - 1).split('e');
    return `${String(Number(mantissa))}e${exponent}`;
  }
  return String(Number(value.toPrecision(digits)));
}

/** Two different numbers printed with just enough digits to tell them apart. */
export function formatDistinct(a: number, b: number): [string, string] {
  for (let digits = SIGNIFICANT_DIGITS; digits < 17; digits++) {
    const pair: [string, string] = [formatNumber(a, digits), formatNumber(b, digits)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [String(a), String(b)];
}

/** Any value, short: numbers rounded, long arrays elided with "…", other things named. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return formatArray(value);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value === undefined || value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (isPlainRecord(value)) {
    const fields = Object.entries(value).map(([key, field]) => `${key}: ${formatValue(field)}`);
    return `{ ${fields.join(', ')} }`;
  }
  return 'an object';
}

/** A plain object, also when it comes from another realm (the learner's sandbox). */
function isPlainRecord(value: object): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/** The arguments of a call, as `name(arg1, arg2)`. */
export function formatCall(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map(formatValue).join(', ')})`;
}

function formatArray(values: readonly unknown[]): string {
  const isMatrix = values.length > 0 && values.every(Array.isArray);
  const limit = isMatrix ? MAX_ROWS : MAX_ITEMS;
  if (values.length <= limit) return `[${values.map(formatValue).join(', ')}]`;
  const head = values.slice(0, limit - 2).map(formatValue);
  const tail = values.slice(-1).map(formatValue);
  const unit = isMatrix ? 'rows' : 'values';
  return `[${[...head, '…', ...tail].join(', ')}] (${values.length} ${unit})`;
}
