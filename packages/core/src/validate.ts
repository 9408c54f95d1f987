/** Short text for a value in an error message: `7`, `NaN`, `'a'`, `[1, 2]`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value))
    return value.length > 6 ? `an array of ${value.length}` : `[${value.map(describe).join(', ')}]`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null)
    return String(value);
  return typeof value;
}

/** Throws unless `value` is an array of numbers (±Infinity and NaN allowed: they propagate as in PyTorch). */
export function checkVector(fn: string, name: string, value: unknown): asserts value is number[] {
  if (!Array.isArray(value))
    throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${describe(value)}`);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'number') {
      throw new TypeError(`${fn}: ${name}[${i}] = ${describe(value[i])} is not a number`);
    }
  }
}

/** Throws unless `value` is an array of equally long number rows; returns the row length (0 for no rows). */
export function checkMatrix(fn: string, name: string, value: unknown): number {
  if (!Array.isArray(value))
    throw new TypeError(`${fn}: ${name} must be an array of rows, got ${describe(value)}`);
  const first = value[0] as unknown;
  const width = Array.isArray(first) ? first.length : 0;
  for (let r = 0; r < value.length; r++) {
    const row = value[r] as unknown;
    checkVector(fn, `${name}[${r}]`, row);
    if (row.length !== width) {
      throw new RangeError(
        `${fn}: ${name}[${r}] has ${row.length} entries, but ${name}[0] has ${width}`,
      );
    }
  }
  return width;
}

/** Throws unless two arrays have the same length. */
export function checkSameLength(
  fn: string,
  nameA: string,
  a: readonly unknown[],
  nameB: string,
  b: readonly unknown[],
): void {
  if (a.length !== b.length) {
    throw new RangeError(`${fn}: ${nameB} has ${b.length} entries, but ${nameA} has ${a.length}`);
  }
}

/** Throws unless `value` is an integer class index in [0, numClasses) (or equal to `ignoreIndex`). */
export function checkClassIndex(
  fn: string,
  name: string,
  value: unknown,
  numClasses: number,
  ignoreIndex?: number,
): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TypeError(`${fn}: ${name} = ${describe(value)} is not an integer class index`);
  }
  if (value === ignoreIndex) return;
  if (value < 0 || value >= numClasses) {
    throw new RangeError(`${fn}: ${name} = ${value} is out of range for ${numClasses} classes`);
  }
}

/** Throws unless `value` is a number in [min, max]. */
export function checkInRange(
  fn: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): asserts value is number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${fn}: ${name} = ${describe(value)} is not a number`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${fn}: ${name} = ${value} is outside [${min}, ${max}]`);
  }
}

/** Throws unless `value` is a finite number greater than 0. */
export function checkPositive(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(
      `${fn}: ${name} = ${describe(value)} must be a finite number greater than 0`,
    );
  }
}

/** Throws unless `value` is a valid logarithm base: finite, positive and not 1. */
export function checkBase(fn: string, value: unknown): asserts value is number {
  checkPositive(fn, 'base', value);
  if (value === 1) throw new RangeError(`${fn}: base = 1 is not a valid logarithm base`);
}

/** Throws unless `value` is a number (±Infinity and NaN allowed). */
export function checkNumber(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number')
    throw new TypeError(`${fn}: ${name} = ${describe(value)} is not a number`);
}

/** Throws unless `value` is an array of finite non-negative numbers, such as probabilities. */
export function checkNonNegative(
  fn: string,
  name: string,
  value: unknown,
): asserts value is number[] {
  checkVector(fn, name, value);
  value.forEach((entry, i) => {
    if (!(entry >= 0) || !Number.isFinite(entry)) {
      throw new RangeError(`${fn}: ${name}[${i}] = ${entry} must be a finite number ≥ 0`);
    }
  });
}

/** Throws unless p and q are distributions over the same outcomes and `base` is a valid log base. */
export function checkDistributionPair(fn: string, p: unknown, q: unknown, base: unknown): void {
  checkNonNegative(fn, 'p', p);
  checkNonNegative(fn, 'q', q);
  checkSameLength(fn, 'p', p, 'q', q);
  checkBase(fn, base);
}

/** Throws unless `value` is an integer ≥ `min`; returns it. */
export function checkWholeNumber(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${fn}: ${name} = ${describe(value)} must be an integer ≥ ${min}`);
  }
  return value;
}

/** Throws unless `labels` holds one integer class index in [0, numClasses) per row of `rows`. */
export function checkLabels(
  fn: string,
  labels: unknown,
  rows: readonly unknown[],
  numClasses: number,
  rowsName = 'logits',
): asserts labels is number[] {
  checkVector(fn, 'labels', labels);
  checkSameLength(fn, rowsName, rows, 'labels', labels);
  labels.forEach((label, n) => {
    checkClassIndex(fn, `labels[${n}]`, label, numClasses);
  });
}
