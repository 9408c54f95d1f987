// Expect: none (correct)
export function entropy(y: number[]): number {
  let h = 0;
  for (let i = 0; i < y.length; i++) {
    const q = y[i] ?? 0;
    if (q !== 0) h += q * Math.log(q);
  }
  return -h;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let h = 0;
  for (let i = 0; i < y.length; i++) {
    const q = y[i] ?? 0;
    if (q !== 0) h += q * Math.log(p[i] ?? 0);
  }
  return -h;
}

export function klDivergence(y: number[], p: number[]): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const q = y[i] ?? 0;
    if (q === 0) continue;
    d += q * (Math.log(q) - Math.log(p[i] ?? 0));
  }
  return d;
}
