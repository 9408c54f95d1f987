/** log σ(x) without overflow, shared by the held-out focal-loss files. */
export function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

/** σ(x) without overflow. */
export function sigma(x: number): number {
  return Math.exp(logSigmoid(x));
}
