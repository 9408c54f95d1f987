// Expect: nudges-accumulate
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const up = [...x];
  const down = [...x];
  const grad: number[] = [];
  for (let i = 0; i < x.length; i++) {
    up[i] = (up[i] as number) + h;
    down[i] = (down[i] as number) - h;
    grad.push((f(up) - f(down)) / (2 * h));
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
