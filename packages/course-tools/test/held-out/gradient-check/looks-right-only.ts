// Expect: one-sided-difference
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const here = f([...x]);
  const grad = new Array<number>(x.length).fill(0);
  for (const [i, xi] of x.entries()) {
    const ahead = [...x];
    ahead[i] = xi + h;
    grad[i] = (f(ahead) - here) / h;
  }
  return grad;
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
