import { sectionOf } from '@xent/course';
import type { Diagnosis } from '../../src/report/report-types.ts';
import { type CatalogueEntry, misconceptionsOf } from '../../wrong/misconceptions.ts';
import { callLearnerOn } from './call-learner.ts';
import { sectionLabel } from './feedback.ts';

export type { CatalogueEntry, Diagnosis };
export { misconceptionsOf };

/** One probe: a call of one of the exercise's functions on fixed arguments. */
export interface ProbeCall {
  fn: string;
  args: unknown[];
  /** Indices of array arguments passed as one-shot iterators over a copy (a stream that cannot be read twice). */
  streams?: number[];
}

/** The probes of an exercise: fixed calls, and @xent/core's answer for each function they call. */
export interface ExerciseProbes {
  id: string;
  // biome-ignore lint/suspicious/noExplicitAny: each function has its own argument types
  reference: Record<string, (...args: any[]) => unknown>;
  calls: ProbeCall[];
}

/** What a function did on one probe: the value it returned (or that it threw), and whether it changed its arguments. */
export interface Outcome {
  value?: unknown;
  threw?: true;
  changed: boolean;
}

/** What one wrong implementation did on every probe of its exercise, as `pnpm course sync` records it. */
export interface Fingerprint {
  misconception: string;
  /** The wrong implementation's file name without `.ts`. */
  from: string;
  /** One outcome per probe, in probe order, with NaN and ±Infinity written as strings. */
  outcomes: Outcome[];
}

/** All a runner needs to diagnose an exercise: its probes and the recorded fingerprints. */
export interface ExerciseDiagnosis {
  probes: ExerciseProbes;
  fingerprints: Fingerprint[];
}

/** Declares the probes of an exercise (`checks/probes/<id>.ts`). */
export function defineProbes(id: string, probes: Omit<ExerciseProbes, 'id'>): ExerciseProbes {
  for (const [i, call] of probes.calls.entries()) {
    if (!probes.reference[call.fn])
      throw new Error(
        `defineProbes: probe ${i} of '${id}' calls ${call.fn}, which has no reference`,
      );
  }
  return { id, ...probes };
}

/** The most diagnoses a report shows for one exercise. */
export const MAX_DIAGNOSES = 2;

/** How much of the probes a misconception's behaviour must agree with, besides its symptoms. */
export const MIN_AGREEMENT = 0.6;

/** The share of a wrong implementation's symptoms (on one function) the learner must show. */
export const MIN_SYMPTOMS_SHOWN = 0.5;

type LearnerFunctions = Record<string, unknown>;

/** Runs every probe through the learner's (sandboxed) functions; a sandbox stop (timeout, load error) ends the probing. */
export function runProbes(
  probes: ExerciseProbes,
  learner: LearnerFunctions,
): Outcome[] | undefined {
  const outcomes: Outcome[] = [];
  for (const call of probes.calls) {
    const fn = learner[call.fn];
    if (typeof fn !== 'function') return undefined;
    const args = copyArgs(call.args);
    let outcome: Outcome;
    try {
      const value = callLearnerOn(
        call.fn,
        fn as (...a: unknown[]) => unknown,
        streamed(call, args),
      );
      outcome = { value: plain(value), changed: false };
    } catch (error) {
      if (error instanceof Error && STOPS.has(error.name)) return undefined;
      outcome = { threw: true, changed: false };
    }
    outcome.changed = !sameExactly(args, call.args);
    outcomes.push(outcome);
  }
  return outcomes;
}

/** A fresh copy of a probe's arguments; a function argument (an objective to differentiate) cannot be copied and is passed as it is. */
function copyArgs(args: unknown[]): unknown[] {
  return args.map((arg) => (typeof arg === 'function' ? arg : structuredClone(arg)));
}

/** The arguments as the function receives them: each of the call's `streams` as an iterator over its (copied) array. */
function streamed(call: ProbeCall, args: unknown[]): unknown[] {
  return args.map((arg, i) =>
    call.streams?.includes(i) && Array.isArray(arg) ? arg[Symbol.iterator]() : arg,
  );
}

/** Sandbox errors after which probing says nothing about a misconception. */
const STOPS = new Set(['ExerciseTimeoutError', 'ExerciseLoadError', 'NotImplementedError']);

/** @xent/core's outcome on every probe. */
export function referenceOutcomes(probes: ExerciseProbes): Outcome[] {
  return probes.calls.map((call) => {
    const fn = probes.reference[call.fn] as (...args: unknown[]) => unknown;
    try {
      return { value: fn(...streamed(call, copyArgs(call.args))), changed: false };
    } catch {
      return { threw: true, changed: false };
    }
  });
}

/**
 * Whether two outcomes show the same behaviour: both threw, or values of the same shape whose numbers
 * agree to 1e-6 relative (1e-9 absolute); any non-finite number matches any other ("it breaks here too").
 */
export function sameBehaviour(a: Outcome, b: Outcome): boolean {
  if (a.threw || b.threw) return Boolean(a.threw && b.threw);
  return closeValues(a.value, b.value);
}

function closeValues(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (!Number.isFinite(a) || !Number.isFinite(b))
      return !Number.isFinite(a) && !Number.isFinite(b);
    return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => closeValues(x, b[i]));
  if (isRecord(a) && isRecord(b)) return sameKeys(a, b) && everyKey(a, b, closeValues);
  return Object.is(a, b);
}

/** A plain object of data (a returned `{ max, sum }` or `{ weights, bias, losses }`), not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b);
}

function everyKey(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  same: (x: unknown, y: unknown) => boolean,
): boolean {
  return Object.keys(a).every((key) => same(a[key], b[key]));
}

/** A misconception's score against the learner's outcomes, or undefined when it does not match. */
export type Detector = (
  learner: Outcome[],
  reference: Outcome[],
  probes: ExerciseProbes,
) => number | undefined;

/**
 * How well a wrong implementation's fingerprint explains the learner's outcomes, judged on the
 * functions where the learner goes wrong (a mistake may sit in one function of an exercise only):
 * undefined unless, in one of them, the learner shows at least MIN_SYMPTOMS_SHOWN of the
 * fingerprint's symptoms (probes where it differs from the reference) and, over all of them, agrees
 * with the fingerprint on at least MIN_AGREEMENT of the probes; else that share.
 */
export function fingerprintScore(
  fingerprint: Outcome[],
  learner: Outcome[],
  reference: Outcome[],
  probes: ExerciseProbes,
): number | undefined {
  const groups = new Map<
    string,
    { probes: number; agreeing: number; symptoms: number; shown: number; wrong: boolean }
  >();
  probes.calls.forEach((call, i) => {
    const wrong = fingerprint[i];
    const seen = learner[i];
    const right = reference[i];
    if (!wrong || !seen || !right) return;
    const group = groups.get(call.fn) ?? {
      probes: 0,
      agreeing: 0,
      symptoms: 0,
      shown: 0,
      wrong: false,
    };
    const agrees = sameBehaviour(seen, wrong);
    group.probes++;
    if (agrees) group.agreeing++;
    if (!sameBehaviour(seen, right)) group.wrong = true;
    if (!sameBehaviour(wrong, right)) {
      group.symptoms++;
      if (agrees) group.shown++;
    }
    groups.set(call.fn, group);
  });
  const judged = [...groups.values()].filter((g) => g.wrong);
  const explained = judged.some(
    (g) => g.symptoms > 0 && g.shown >= MIN_SYMPTOMS_SHOWN * g.symptoms,
  );
  const total = judged.reduce((n, g) => n + g.probes, 0);
  const agreement = total === 0 ? 0 : judged.reduce((n, g) => n + g.agreeing, 0) / total;
  return explained && agreement >= MIN_AGREEMENT ? agreement : undefined;
}

/** Detectors from behaviour alone, for misconceptions whose symptom is a property rather than a value. */
export const DETECTORS: Record<string, Detector> = {
  /** Any probe's arguments changed by the call. */
  'mutates-input': (learner) => (learner.some((o) => o.changed) ? 1 : undefined),

  /** NaN exactly where the input has a −∞ logit, and the right value everywhere else. */
  'masked-class-nan': (learner, reference, probes) => {
    let seen = 0;
    for (const [i, call] of probes.calls.entries()) {
      const input = call.args[0];
      if (!Array.isArray(input) || !input.includes(Number.NEGATIVE_INFINITY)) continue;
      const got = learner[i]?.value;
      const want = reference[i]?.value;
      if (!Array.isArray(got) || !Array.isArray(want) || got.length !== input.length)
        return undefined;
      const fits = input.every((z, k) =>
        z === Number.NEGATIVE_INFINITY ? Number.isNaN(got[k]) : closeValues(got[k], want[k]),
      );
      if (!fits) return undefined;
      seen++;
    }
    return seen > 0 ? 1 : undefined;
  },

  /**
   * NaN where the right answer is −∞ (every value masked: −∞ − (−∞) is NaN), and the right answer on
   * every other probe; needed because any two non-finite numbers count as the same behaviour.
   */
  'fully-masked-nan': (learner, reference) => {
    let seen = 0;
    for (const [i, right] of reference.entries()) {
      const got = learner[i];
      if (!got) return undefined;
      if (right.value === Number.NEGATIVE_INFINITY && Number.isNaN(got.value)) seen++;
      else if (!sameBehaviour(got, right)) return undefined;
    }
    return seen > 0 ? 1 : undefined;
  },

  /**
   * Probabilities clipped to [c, 1 − c] (or [c, 1]) for one small c: the reference, clipped, on every
   * probe whose answer is a vector of probabilities, and a difference somewhere.
   */
  'clamps-values': (learner, reference) => {
    const pairs = learner.flatMap((o, i) => {
      const want = reference[i]?.value;
      return isProbabilities(want) && Array.isArray(o.value) ? [[o.value, want] as const] : [];
    });
    const floors = pairs.flatMap(([got, want]) =>
      got.flatMap((g, k) => (typeof g === 'number' && g > (want[k] ?? 0) ? [g] : [])),
    );
    const c = Math.min(...floors.filter((g) => g > 0 && g <= 1e-3));
    if (!Number.isFinite(c)) return undefined;
    const clipped = (upper: number) =>
      pairs.every(([got, want]) =>
        closeValues(
          got,
          want.map((p) => Math.min(Math.max(p, c), upper)),
        ),
      );
    return clipped(1) || clipped(1 - c) ? 1 : undefined;
  },
};

function isProbabilities(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length > 1 &&
    value.every((p) => typeof p === 'number' && p >= 0 && p <= 1)
  );
}

/**
 * The misconceptions the learner's outcomes show, best first, at most MAX_DIAGNOSES: each catalogued
 * misconception of the exercise scores by its detector or the best of its wrong implementations'
 * fingerprints; ties go to the one with more symptoms, then to catalogue order. A runner-up found
 * by fingerprint is named only if it explains a wrong outcome that the first one does not.
 */
export function rankMisconceptions(
  catalogue: readonly Pick<CatalogueEntry, 'id'>[],
  fingerprints: readonly Fingerprint[],
  learner: Outcome[],
  reference: Outcome[],
  probes: ExerciseProbes,
): string[] {
  const scored = catalogue.flatMap(({ id }, order) => {
    const own = fingerprints
      .filter((f) => f.misconception === id)
      .map((f) => decodeOutcomes(f.outcomes))
      .map((outcomes) => ({
        outcomes,
        score: fingerprintScore(outcomes, learner, reference, probes),
      }));
    const detected = DETECTORS[id]?.(learner, reference, probes);
    const matched = own.filter((o) => o.score !== undefined);
    const best = matched.sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
    const score = Math.max(
      detected ?? Number.NEGATIVE_INFINITY,
      best?.score ?? Number.NEGATIVE_INFINITY,
    );
    if (!Number.isFinite(score)) return [];
    const symptoms = Math.max(0, ...own.map((o) => symptomCount(o.outcomes, reference)));
    // a detector's match stands on its own; a fingerprint's match is compared with the first below
    const evidence = detected === undefined ? best?.outcomes : undefined;
    return [{ id, score, symptoms, order, evidence }];
  });
  scored.sort((a, b) => b.score - a.score || b.symptoms - a.symptoms || a.order - b.order);
  const [first, ...rest] = scored;
  if (!first) return [];
  const addsSomething = (evidence: Outcome[] | undefined) =>
    !evidence ||
    !first.evidence ||
    learner.some((seen, i) => {
      const right = reference[i];
      const firstSays = first.evidence?.[i];
      const otherSays = evidence[i];
      return (
        right !== undefined &&
        firstSays !== undefined &&
        otherSays !== undefined &&
        !sameBehaviour(seen, right) &&
        !sameBehaviour(seen, firstSays) &&
        sameBehaviour(seen, otherSays)
      );
    });
  const others = rest.filter((s) => addsSomething(s.evidence));
  return [first, ...others].slice(0, MAX_DIAGNOSES).map((s) => s.id);
}

function symptomCount(fingerprint: Outcome[], reference: Outcome[]): number {
  return fingerprint.filter((o, i) => {
    const right = reference[i];
    return right !== undefined && !sameBehaviour(o, right);
  }).length;
}

/** Diagnoses a learner's functions: what the report shows under a failing exercise ([] when nothing matches). */
export function diagnose(diagnosis: ExerciseDiagnosis, learner: LearnerFunctions): Diagnosis[] {
  const { probes, fingerprints } = diagnosis;
  const seen = runProbes(probes, learner);
  if (!seen) return [];
  // a misconception recognised by the checks only is never named: no probe shows it
  const catalogue = misconceptionsOf(probes.id).filter((m) => !m.checksOnly);
  const ids = rankMisconceptions(catalogue, fingerprints, seen, referenceOutcomes(probes), probes);
  return ids.flatMap((id) => {
    const entry = catalogue.find((m) => m.id === id);
    if (!entry) return [];
    return [
      {
        id,
        title: entry.title,
        nudge: entry.nudge,
        lesson: sectionLabel(sectionOf(probes.id, entry.section)),
      },
    ];
  });
}

/** A value as plain data of this realm (arrays, numbers, …), so it can be stored and compared. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function sameExactly(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameExactly(x, b[i]));
  if (isRecord(a) && isRecord(b)) return sameKeys(a, b) && everyKey(a, b, sameExactly);
  return Object.is(a, b);
}

/** Outcomes with NaN and ±Infinity as the strings 'NaN', 'Infinity', '-Infinity', for a generated file. */
export function encodeOutcomes(outcomes: Outcome[]): Outcome[] {
  return outcomes.map((o) => ('value' in o ? { ...o, value: mapNumbers(o.value, encode) } : o));
}

/** The outcomes of a generated file, with NaN and ±Infinity back as numbers. */
export function decodeOutcomes(outcomes: Outcome[]): Outcome[] {
  return outcomes.map((o) => ('value' in o ? { ...o, value: mapNumbers(o.value, decode) } : o));
}

function encode(x: unknown): unknown {
  return typeof x === 'number' && !Number.isFinite(x) ? String(x) : x;
}

function decode(x: unknown): unknown {
  return x === 'NaN' || x === 'Infinity' || x === '-Infinity' ? Number(x) : x;
}

function mapNumbers(value: unknown, f: (x: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapNumbers(v, f));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapNumbers(v, f)]));
  return f(value);
}
