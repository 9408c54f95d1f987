import { sigmoid, softmax } from '@xent/core';

/**
 * Gradient of the squared error ½(σ(z) − y)² with respect to the logit z: (σ(z) − y)·σ(z)(1 − σ(z)).
 * Example: mseSigmoidGradient(0, 1) = (0.5 − 1)·0.25 = −0.125.
 */
export function mseSigmoidGradient(z: number, y: number): number {
  const p = sigmoid(z);
  return (p - y) * p * (1 - p);
}

/**
 * Hessian of softmax cross-entropy in the logits: H = diag(p) − ppᵀ with p = softmax(z).
 * It does not depend on the target. Example: z = (0, 0) gives [[0.25, −0.25], [−0.25, 0.25]].
 */
export function softmaxCrossEntropyHessian(z: number[]): number[][] {
  if (z.length === 0) throw new Error('softmaxCrossEntropyHessian: z is empty');
  const p = softmax(z);
  return p.map((pi, i) => p.map((pj, j) => (i === j ? pi : 0) - pi * pj));
}

/** vᵀMv for a square matrix M. Example: quadraticForm([[2, 0], [0, 3]], [1, 1]) = 5. */
export function quadraticForm(matrix: number[][], v: number[]): number {
  return matrix.reduce(
    (total, row, i) => total + (v[i] ?? 0) * row.reduce((s, m, j) => s + m * (v[j] ?? 0), 0),
    0,
  );
}

/**
 * Eigenvalues of a small symmetric matrix, ascending, by cyclic Jacobi rotations.
 * Example: symmetricEigenvalues([[2, 1], [1, 2]]) ≈ [1, 3].
 */
export function symmetricEigenvalues(matrix: number[][], sweeps = 50): number[] {
  const n = matrix.length;
  for (const [i, row] of matrix.entries()) {
    if (row.length !== n) {
      throw new Error(`symmetricEigenvalues: row ${i} has ${row.length} entries, expected ${n}`);
    }
    for (let j = 0; j < n; j++) {
      if (Math.abs((row[j] ?? 0) - (matrix[j]?.[i] ?? 0)) > 1e-12) {
        throw new Error(`symmetricEigenvalues: matrix[${i}][${j}] ≠ matrix[${j}][${i}]`);
      }
    }
  }
  const a = matrix.map((row) => [...row]);
  const at = (i: number, j: number): number => a[i]?.[j] ?? 0;
  const set = (i: number, j: number, value: number): void => {
    const row = a[i];
    if (row) row[j] = value;
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += at(i, j) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(at(p, q)) < 1e-300) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * at(p, q));
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = at(k, p);
          const akq = at(k, q);
          set(k, p, c * akp - s * akq);
          set(k, q, s * akp + c * akq);
        }
        for (let k = 0; k < n; k++) {
          const apk = at(p, k);
          const aqk = at(q, k);
          set(p, k, c * apk - s * aqk);
          set(q, k, s * apk + c * aqk);
        }
      }
    }
  }
  return a.map((_, i) => at(i, i)).sort((x, y) => x - y);
}
