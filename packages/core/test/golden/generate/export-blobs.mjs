// Writes test/golden/blobs.json: the datasets of the softmax-regression golden runs, made by
// @xent/core's own makeBlobs so that generate.py trains PyTorch on exactly the same numbers.
// Run from packages/core after `pnpm build`: node test/golden/generate/export-blobs.mjs
import { writeFileSync } from 'node:fs';
import { makeBlobs } from '../../../dist/index.js';

const DATASETS = [
  { name: 'three-blobs', train: 11, heldOut: 12, n: 120, classes: 3, dims: 2, spread: 1.2 },
  { name: 'four-blobs-3d', train: 21, heldOut: 22, n: 200, classes: 4, dims: 3, spread: 1.5 },
];

const datasets = DATASETS.map(({ name, train, heldOut, ...shape }) => ({
  name,
  options: shape,
  train: { seed: train, ...makeBlobs({ seed: train, ...shape }) },
  heldOut: { seed: heldOut, ...makeBlobs({ seed: heldOut, ...shape }) },
}));
const output = new URL('../blobs.json', import.meta.url);
writeFileSync(
  output,
  `${JSON.stringify({ generator: '@xent/core makeBlobs (mulberry32 + Box–Muller)', datasets })}\n`,
);
