import { callLearnerOn } from './call-learner.ts';
import { formatValue } from './feedback.ts';

/** Calls a learner's function on fresh inputs and fails if any of them differs afterwards. */
export function expectInputsUnchanged<A extends unknown[]>(
  name: string,
  fn: (...args: A) => unknown,
  args: A,
  argumentNames: readonly string[],
): void {
  const before = structuredClone(args);
  callLearnerOn(name, fn, args);
  args.forEach((after, i) => {
    const original = before[i];
    if (sameValue(after, original)) return;
    const argument = argumentNames[i] ?? `argument ${i + 1}`;
    throw new Error(
      [
        `${name} changed its argument ${argument}: it was ${formatValue(original)} before the call and ${formatValue(after)} after it.`,
        `${name} should only read ${argument}: the caller still needs it as it was.`,
      ].join('\n'),
    );
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  return Object.is(a, b);
}
