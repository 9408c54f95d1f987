// Expect: divides-by-h
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const grad: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const right = Array.from(x);
    const left = Array.from(x);
    right[i] = (x[i] as number) + h;
    left[i] = (x[i] as number) - h;
    const rise = f(right) - f(left);
    grad.push(rise / h);
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
