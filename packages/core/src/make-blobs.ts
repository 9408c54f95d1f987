import { mulberry32, normal } from './random.ts';
import { checkPositive, checkWholeNumber, describe } from './validate.ts';

/** Options of `makeBlobs`. */
export interface BlobOptions {
  /** Seed of the noise; two seeds give two samples (a training and a held-out set) of one problem. */
  seed: number;
  /** Number of points. */
  n: number;
  /** Number of classes K ≥ 2. */
  classes: number;
  /** Number of features D ≥ 2. */
  dims: number;
  /** Standard deviation of each blob around its centre; default 1. */
  spread?: number;
  /** Distance of every centre from the origin; default 3. */
  radius?: number;
}

/**
 * A seeded classification dataset of Gaussian blobs. Point n has label yₙ = n mod K and features
 * xₙ = c(yₙ) + spread·εₙ, with εₙ ~ N(0, I) drawn in order (point by point, feature by feature) from
 * `normal(mulberry32(seed))`. The centres do not depend on the seed: class k sits at angle 2πk/K on
 * a circle of `radius` in the first two features, c(k) = radius·(cos 2πk/K, sin 2πk/K, 0, …, 0), so
 * the other features are noise. Example: makeBlobs({ seed: 1, n: 4, classes: 2, dims: 2 }).y = [0, 1, 0, 1].
 */
export function makeBlobs(options: BlobOptions): { x: number[][]; y: number[] } {
  const fn = 'makeBlobs';
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `${fn}: options must be { seed, n, classes, dims }, got ${describe(options)}`,
    );
  }
  const { seed, spread = 1, radius = 3 } = options;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) {
    throw new TypeError(`${fn}: seed = ${describe(seed)} is not an integer`);
  }
  const n = checkWholeNumber(fn, 'n', options.n, 1);
  const classes = checkWholeNumber(fn, 'classes', options.classes, 2);
  const dims = checkWholeNumber(fn, 'dims', options.dims, 2);
  checkPositive(fn, 'spread', spread);
  checkPositive(fn, 'radius', radius);
  const uniform = mulberry32(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % classes;
    const angle = (2 * Math.PI * k) / classes;
    const centre = [radius * Math.cos(angle), radius * Math.sin(angle)];
    x.push(Array.from({ length: dims }, (_, d) => (centre[d] ?? 0) + spread * normal(uniform)));
    y.push(k);
  }
  return { x, y };
}
