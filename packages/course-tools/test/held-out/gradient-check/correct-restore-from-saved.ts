// Expect: none (correct)
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const work = Array.from(x);
  const out: number[] = [];
  for (let i = 0; i < work.length; i++) {
    const saved = work[i] as number;
    work[i] = saved + h;
    const fPlus = f(work.slice());
    work[i] = saved - h;
    const fMinus = f(work.slice());
    work[i] = saved;
    out.push((fPlus - fMinus) / (2 * h));
  }
  return out;
}

export function relativeError(a: number[], b: number[]): number {
  return a.reduce((worst, ai, i) => {
    const bi = b[i] as number;
    if (ai === bi) return worst;
    const scale = Math.max(Math.abs(ai), Math.abs(bi));
    return Math.max(worst, Math.abs(ai - bi) / scale);
  }, 0);
}
