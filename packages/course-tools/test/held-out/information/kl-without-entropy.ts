// Expect: kl-equals-cross-entropy
export function entropy(y: number[]): number {
  let s = 0;
  for (const q of y) if (q > 0) s -= q * Math.log(q);
  return s;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let s = 0;
  y.forEach((q, i) => {
    if (q > 0) s -= q * Math.log(p[i] ?? 0);
  });
  return s;
}

export function klDivergence(y: number[], p: number[]): number {
  let s = 0;
  y.forEach((q, i) => {
    if (q > 0) s += -q * Math.log(p[i] ?? 0);
  });
  return s;
}
