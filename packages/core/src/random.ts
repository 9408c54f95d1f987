/**
 * A seeded generator of uniform numbers in [0, 1): mulberry32 (Tommy Ettinger, 2017), 32 bits of
 * state, the same sequence on every JavaScript engine. Example: mulberry32(1)() ≈ 0.6270739405.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A standard normal number from two uniforms by Box–Muller: √(−2 ln u₁)·cos(2π u₂), with
 * u₁ = 1 − uniform() in (0, 1] so the log is finite. Example: normal(mulberry32(1)) is one draw.
 */
export function normal(uniform: () => number): number {
  const u1 = 1 - uniform();
  const u2 = uniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
