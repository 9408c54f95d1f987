/**
 * Mistake: removes the outcomes with pᵢ = 0 from p and q with splice before summing, changing the
 * caller's arrays.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
function dropZeros(p: number[], q: number[]): void {
  for (let i = p.length - 1; i >= 0; i--) {
    if (p[i] === 0) {
      p.splice(i, 1);
      q.splice(i, 1);
    }
  }
}

export function entropy(p: number[]): number {
  dropZeros(p, []);
  return -p.reduce((sum, pi) => sum + pi * Math.log(pi), 0);
}

export function crossEntropyBetween(p: number[], q: number[]): number {
  dropZeros(p, q);
  return -p.reduce((sum, pi, i) => sum + pi * Math.log(q[i] ?? 0), 0);
}

export function klDivergence(p: number[], q: number[]): number {
  dropZeros(p, q);
  return p.reduce((sum, pi, i) => sum + pi * Math.log(pi / (q[i] ?? 0)), 0);
}
