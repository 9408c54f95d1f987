// `pnpm bench`: times cross-entropy forward + backward (the mean loss and its gradient) on the same
// float32 inputs for each kernel of @xent/core, the reference number[][] API, TensorFlow.js 4 (CPU
// and WASM backends) and two floors, prints a table and writes site/src/data/bench.json.
// Run through package.json's script, which builds dist/ first and registers bench/tfjs-hooks.mjs.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../dist/index.js';
import * as kernels from '../dist/kernels/index.js';

const RUNS = Number(process.env.RUNS ?? 7);
const SHAPES = [
  [8, 50257],
  [256, 32000],
  [4096, 1000],
  [16384, 10],
];
/** The reference API runs where a warm-up run takes under this, and is not tried above MAX_REFERENCE elements. */
const REFERENCE_BUDGET_MS = 2000;
const MAX_REFERENCE = 5_000_000;
const output = fileURLToPath(new URL('../../../site/src/data/bench.json', import.meta.url));

const require = createRequire(import.meta.url);
// TensorFlow.js' ES-module build calls require() in Node; give it one.
globalThis.require = require;
const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-core/dist/register_all_gradients');
await import('@tensorflow/tfjs-backend-cpu');
const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
// In Node the WASM backend reads its .wasm files from the path given here: the package's dist/.
const wasmDist = path.join(
  path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
  'dist',
);
setWasmPaths(`${wasmDist}${path.sep}`);
await tf.setBackend('wasm');
await tf.ready();
const tfjs = {
  version: tf.version_core,
  wasmSimd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
  wasmThreads: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
};
if (!tfjs.wasmSimd) throw new Error('TF.js WASM backend: WASM_HAS_SIMD_SUPPORT is false');
if (!kernels.simdKernelAvailable())
  throw new Error('@xent/core: the WebAssembly SIMD kernel is unavailable');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const time = (run) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** Logits ~ N(0, 2²) from a fixed seed, and uniform targets. */
function inputs(rows, cols) {
  let seed = 20261122;
  const uniform = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return (seed + 0.5) / 2 ** 32;
  };
  const logits = new Float32Array(rows * cols);
  for (let i = 0; i < logits.length; i++) {
    logits[i] = 2 * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  }
  const targets = Int32Array.from({ length: rows }, () => Math.floor(uniform() * cols));
  return { logits, targets };
}

/** The reference API on rows [from, to): sum of the losses and the gradient of that sum. */
function referenceRows(logits, cols, targets, from, to) {
  const matrix = [];
  for (let r = from; r < to; r++)
    matrix.push(Array.from(logits.subarray(r * cols, (r + 1) * cols)));
  const target = Array.from(targets.subarray(from, to));
  return {
    sum: core.crossEntropy(matrix, target, { reduction: 'sum' }),
    grad: core.crossEntropyBackward(matrix, target, { reduction: 'sum' }),
  };
}

/** Largest relative loss error and absolute gradient error of `kernel` against the reference API. */
function accuracy(kernel, logits, rows, cols, targets) {
  const grad = new Float32Array(rows * cols);
  const loss = kernel(logits, rows, cols, targets, { grad });
  const step = Math.max(1, Math.floor(262144 / cols));
  let sum = 0;
  let gradAbsError = 0;
  for (let from = 0; from < rows; from += step) {
    const to = Math.min(rows, from + step);
    const ref = referenceRows(logits, cols, targets, from, to);
    sum += ref.sum;
    ref.grad.forEach((row, i) => {
      row.forEach((g, c) => {
        const e = Math.abs(grad[(from + i) * cols + c] - g / rows);
        if (e > gradAbsError) gradAbsError = e;
      });
    });
  }
  const expected = sum / rows;
  return {
    loss,
    reference: expected,
    lossRelError: Math.abs(loss - expected) / Math.abs(expected),
    gradAbsError,
  };
}

function benchShape(rows, cols) {
  const elements = rows * cols;
  const { logits, targets } = inputs(rows, cols);
  const grad = new Float32Array(elements);
  const scratch = new Float32Array(elements);
  const kernel = (fn) => () => fn(logits, rows, cols, targets, { grad });
  /** Contenders timed in interleaved rounds, so that load changes hit them alike. */
  const contenders = [
    {
      id: 'simd',
      label: 'WASM SIMD fused (ours)',
      kind: 'ours',
      run: kernel(kernels.crossEntropySimd),
    },
    { id: 'fused', label: 'JS fused (ours)', kind: 'ours', run: kernel(kernels.crossEntropyFused) },
    {
      id: 'online',
      label: 'JS online softmax (ours)',
      kind: 'ours',
      run: kernel(kernels.crossEntropyOnline),
    },
    {
      id: 'multiPass',
      label: 'JS multi-pass (ours)',
      kind: 'ours',
      run: kernel(kernels.crossEntropyMultiPass),
    },
    {
      id: 'floorExp',
      label: 'floor: Math.exp per element',
      kind: 'floor',
      run: () => {
        for (let i = 0; i < elements; i++) scratch[i] = Math.exp(logits[i]);
      },
    },
    { id: 'floorCopy', label: 'floor: copy', kind: 'floor', run: () => scratch.set(logits) },
  ];
  const results = [];
  const skipped = [];
  // The reference API takes number[][]: the conversion is setup, outside the timed region.
  if (elements <= MAX_REFERENCE) {
    const matrix = Array.from({ length: rows }, (_, r) =>
      Array.from(logits.subarray(r * cols, (r + 1) * cols)),
    );
    const target = Array.from(targets);
    const run = () => {
      core.crossEntropy(matrix, target);
      core.crossEntropyBackward(matrix, target);
    };
    const probe = time(run);
    if (probe < REFERENCE_BUDGET_MS)
      contenders.push({
        id: 'reference',
        label: 'reference number[][] API',
        kind: 'reference',
        run,
      });
    else
      skipped.push({
        id: 'reference',
        label: 'reference number[][] API',
        kind: 'reference',
        reason: `one run took ${(probe / 1000).toFixed(1)} s`,
      });
  } else {
    skipped.push({
      id: 'reference',
      label: 'reference number[][] API',
      kind: 'reference',
      reason: `not run above ${MAX_REFERENCE.toLocaleString('en-US')} elements`,
    });
  }
  const samples = new Map(contenders.map((c) => [c.id, []]));
  for (const c of contenders) for (let i = 0; i < 2; i++) c.run(); // warm-up: JIT, tier-up, caches
  for (let round = 0; round < RUNS; round++) {
    for (const c of contenders) samples.get(c.id).push(time(c.run));
  }
  for (const c of contenders) results.push({ ...c, samples: samples.get(c.id) });

  // TensorFlow.js, one backend at a time. The one-hot labels are built once, outside the timed
  // region (softmaxCrossEntropy takes one-hot labels); creating the logits tensor and reading the
  // loss and gradient back are inside it, as our kernels start from and end in Float32Arrays.
  for (const backend of ['wasm', 'cpu']) {
    tf.setBackend(backend);
    const labels = tf.tidy(() =>
      tf.cast(tf.oneHot(tf.tensor1d(targets, 'int32'), cols), 'float32'),
    );
    const valueAndGrad = tf.valueAndGrad((x) => tf.losses.softmaxCrossEntropy(labels, x));
    const run = () => {
      const x = tf.tensor2d(logits, [rows, cols]);
      const { value, grad: g } = valueAndGrad(x);
      value.dataSync();
      g.dataSync();
      tf.dispose([x, value, g]);
    };
    const first = time(run);
    if (first < 1000) run();
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(time(run));
    labels.dispose();
    results.push({
      id: `tfjs-${backend}`,
      label: `TF.js ${tfjs.version} ${backend === 'wasm' ? 'WASM (SIMD)' : 'CPU'}`,
      kind: 'tfjs',
      samples: runs,
    });
  }

  for (const r of results) r.medianMs = median(r.samples);
  const ours = results.filter((r) => r.kind === 'ours');
  const fastest = ours.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
  const floorExp = results.find((r) => r.id === 'floorExp').medianMs;
  const floorCopy = results.find((r) => r.id === 'floorCopy').medianMs;
  const fastestKernel = {
    simd: kernels.crossEntropySimd,
    fused: kernels.crossEntropyFused,
    online: kernels.crossEntropyOnline,
    multiPass: kernels.crossEntropyMultiPass,
  }[fastest.id];
  return {
    rows,
    cols,
    elements,
    fastest: fastest.id,
    accuracy: { kernel: fastest.id, ...accuracy(fastestKernel, logits, rows, cols, targets) },
    results: [
      ...results.map(({ id, label, kind, samples: s, medianMs }) => ({
        id,
        label,
        kind,
        medianMs,
        minMs: Math.min(...s),
        runs: s.length,
        elementsPerNs: elements / (medianMs * 1e6),
        vsFastest: medianMs / fastest.medianMs,
        vsExpFloor: medianMs / floorExp,
        vsCopyFloor: medianMs / floorCopy,
      })),
      ...skipped,
    ],
  };
}

/** The one-minute load average. */
const load = () => Math.round(os.loadavg()[0] * 100) / 100;
const loadBefore = load();
const started = performance.now();
const shapes = [];
for (const [rows, cols] of SHAPES) {
  const shape = benchShape(rows, cols);
  shapes.push(shape);
  printShape(shape);
}
const report = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    platform: `${os.platform()} ${os.arch()}`,
    loadBefore,
    loadAfter: load(),
  },
  protocol: {
    runs: RUNS,
    warmup: 'two runs per contender (one for a TF.js backend whose first run takes over 1 s)',
    timed:
      'forward and backward together: the mean loss and its gradient, from a Float32Array of logits to a loss and a float32 gradient',
    inputs:
      'logits ~ N(0, 2²) from a fixed seed, uniform class-index targets, no label smoothing, no ignored rows',
    tfjs: 'tf.losses.softmaxCrossEntropy and its gradient from tf.valueAndGrad; one-hot labels built once outside the timed region; tensor creation and reading back the loss and gradient inside it',
    reference: `crossEntropy + crossEntropyBackward on number[][], where one run takes under ${REFERENCE_BUDGET_MS / 1000} s`,
  },
  tfjs,
  totalSeconds: Math.round((performance.now() - started) / 100) / 10,
  shapes,
};
writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(
  `\none-minute load average before ${loadBefore}, after ${report.machine.loadAfter}; ` +
    `${report.totalSeconds} s; wrote ${path.relative(process.cwd(), output)}\n`,
);

function printShape(shape) {
  const fmt = (x, digits) =>
    x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lines = [
    `\n[${shape.rows}, ${shape.cols}]  ${shape.elements.toLocaleString('en-US')} elements, median of ${RUNS} runs`,
    `${'contender'.padEnd(30)}${'median ms'.padStart(11)}${'elem/ns'.padStart(9)}${'× fastest'.padStart(11)}${'× exp floor'.padStart(13)}${'× copy floor'.padStart(14)}`,
  ];
  for (const r of shape.results) {
    if (r.medianMs === undefined) {
      lines.push(`${r.label.padEnd(30)}  skipped: ${r.reason}`);
      continue;
    }
    lines.push(
      `${r.label.padEnd(30)}${fmt(r.medianMs, 2).padStart(11)}${fmt(r.elementsPerNs, 3).padStart(9)}${fmt(r.vsFastest, 2).padStart(11)}${fmt(r.vsExpFloor, 2).padStart(13)}${fmt(r.vsCopyFloor, 2).padStart(14)}`,
    );
  }
  const a = shape.accuracy;
  lines.push(
    `accuracy of ${a.kernel}: loss ${a.loss} (relative error ${a.lossRelError.toExponential(2)}), gradient max abs error ${a.gradAbsError.toExponential(2)}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
