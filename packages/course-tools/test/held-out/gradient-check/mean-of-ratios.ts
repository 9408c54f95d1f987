// Expect: averages-errors
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((xi, i) => {
    const hi = x.map((v, j) => (j === i ? xi + h : v));
    const lo = x.map((v, j) => (j === i ? xi - h : v));
    return (f(hi) - f(lo)) / (2 * h);
  });
}

export function relativeError(a: number[], b: number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    ratios.push(ai === bi ? 0 : Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi)));
  }
  let sum = 0;
  for (const r of ratios) sum += r;
  return ratios.length > 0 ? sum / ratios.length : 0;
}
