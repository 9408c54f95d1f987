/**
 * Mistake: removes the outcomes with yᵢ = 0 from y and p with splice before summing, changing the
 * caller's arrays.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
function dropZeros(y: number[], p: number[]): void {
  for (let i = y.length - 1; i >= 0; i--) {
    if (y[i] === 0) {
      y.splice(i, 1);
      p.splice(i, 1);
    }
  }
}

export function entropy(y: number[]): number {
  dropZeros(y, []);
  return -y.reduce((sum, yi) => sum + yi * Math.log(yi), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  dropZeros(y, p);
  return -y.reduce((sum, yi, i) => sum + yi * Math.log(p[i] ?? 0), 0);
}

export function klDivergence(y: number[], p: number[]): number {
  dropZeros(y, p);
  return y.reduce((sum, yi, i) => sum + yi * Math.log(yi / (p[i] ?? 0)), 0);
}
