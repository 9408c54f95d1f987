// Expect: ignores-step
export function numericalGradient(f: (x: number[]) => number, x: number[]): number[] {
  const eps = 0.00001;
  return x.map((xi, i) => {
    const hi = x.map((v, j) => (j === i ? xi + eps : v));
    const lo = x.map((v, j) => (j === i ? xi - eps : v));
    return (f(hi) - f(lo)) / (eps + eps);
  });
}

export function relativeError(a: number[], b: number[]): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (ai !== bi)
      worst = Math.max(worst, Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi)));
  }
  return worst;
}
