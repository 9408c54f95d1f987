/**
 * How far a received number may be from the expected one:
 * |r − e| ≤ abs + rel·|e| + scale·M, where M is the largest finite |x| among the call's inputs.
 */
export interface Tolerance {
  rel: number;
  abs: number;
  /** Multiplies M, the input's magnitude: the rounding any correct formula may show for inputs that large. */
  scale: number;
}

/** Machine epsilon of float64, 2⁻⁵². */
const EPSILON = 2 ** -52;

/**
 * All tolerances of the checks, in one place, with their reasoning. Every computation is float64.
 *
 * `value` is the rule every check uses unless it says otherwise. Its first two terms accept the
 * rounding of a different summation order (about 1e-15 relative) with a wide margin. The third term
 * accepts every *stable* formula, however it is written: zᵢ − LSE(z) rounds LSE(z) to one ulp of
 * |z|, so at |z| ≈ 1e6 it may be about 1e-10 away from (zᵢ − max) − ln Σ e^{z − max} (PyTorch's
 * form, nearly exact); both are right, so the tolerance grows with the input's magnitude M by a few
 * ulps of it. A formula that cancels catastrophically or overflows is off by far more than 4 ulps of
 * M and still fails. Expected values come from @xent/core, which uses the stable form.
 */
export const TOLERANCES = {
  value: { rel: 1e-9, abs: 1e-12, scale: 4 * EPSILON },
  /** Sums that must equal 0 or 1 exactly in exact arithmetic: rounding of ≤ 20 terms stays far below 1e-12. */
  identity: { rel: 0, abs: 1e-12, scale: 0 },
  /** Analytic gradient vs central differences with h = 1e-5: truncation O(h²) and rounding O(ε/h) ≈ 1e-11. */
  finiteDifference: { rel: 1e-5, abs: 1e-7, scale: 0 },
} as const satisfies Record<string, Tolerance>;

/** True when `received` is within `tolerance` of `expected` for inputs of magnitude `magnitude`; the same NaN or infinity also matches. */
export function isClose(
  received: number,
  expected: number,
  tolerance: Tolerance,
  magnitude = 0,
): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(received);
  if (!Number.isFinite(expected) || !Number.isFinite(received)) return received === expected;
  const allowed = tolerance.abs + tolerance.rel * Math.abs(expected) + tolerance.scale * magnitude;
  return Math.abs(received - expected) <= allowed;
}

/** M: the largest finite |x| among all the numbers in `input` (nested arrays and plain objects), 0 if none. */
export function inputMagnitude(input: unknown): number {
  if (typeof input === 'number') return Number.isFinite(input) ? Math.abs(input) : 0;
  if (Array.isArray(input))
    return input.reduce((m: number, x) => Math.max(m, inputMagnitude(x)), 0);
  if (typeof input === 'object' && input !== null) return inputMagnitude(Object.values(input));
  return 0;
}
