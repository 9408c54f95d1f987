import { readFileSync } from 'node:fs';

/** One golden case: the op name, its inputs and PyTorch's outputs. */
export interface GoldenCase {
  op: string;
  input: Record<string, unknown>;
  output: unknown;
  grad_logits_of_sum?: unknown;
  grad_probs_of_sum?: unknown;
}

const SPECIAL: Record<string, number> = {
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  NaN: Number.NaN,
};

/** Reads `golden/<name>.json` beside this folder, turning the 'Infinity', '-Infinity' and 'NaN' strings into numbers. */
export function readGolden(name: string): unknown {
  const text = readFileSync(new URL(`../golden/${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text, (_key, value) =>
    typeof value === 'string' && value in SPECIAL ? SPECIAL[value] : value,
  );
}

/** The cases of `golden/<name>.json`. */
export function loadGolden(name: string): GoldenCase[] {
  return (readGolden(name) as { cases: GoldenCase[] }).cases;
}

/** The cases of one op, each with a short label for the test name. */
export function casesOf(cases: GoldenCase[], op: string): Array<[string, GoldenCase]> {
  return cases.filter((c) => c.op === op).map((c, i) => [`#${i} ${summarise(c.input)}`, c]);
}

function summarise(input: Record<string, unknown>): string {
  return Object.entries(input)
    .filter(([key]) => !['logits', 'probs', 'p', 'q', 'grads'].includes(key))
    .map(([key, value]) => `${key}=${Array.isArray(value) ? `[${value.length}]` : String(value)}`)
    .join(' ');
}
