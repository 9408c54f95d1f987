// AssemblyScript source of the WebAssembly SIMD cross-entropy kernel (see src/kernels/simd.ts).
// Built by `pnpm build:wasm` (assembly/build.mjs) into src/kernels/simd-bytes.ts.
//
// Memory layout (bytes), fixed so that the module needs no allocator:
//   [0, 64 Ki)                       reserved for the compiler's static data and stack
//   [DATA, DATA + 4·CAPACITY)        a chunk of float32 logits, overwritten by the gradient
//   [TARGETS, TARGETS + 4·CAPACITY)  the int32 targets of the rows in the chunk
//   [RESULT, RESULT + 24)            float64 results of `chunkStats`
// 10 pages of 64 KiB in all (build.mjs sets the memory size).

/** Floats in one chunk: 256 KiB, so a chunk stays in a core's L2 cache between passes. */
export const CAPACITY: i32 = 65536;
export const DATA: usize = 65536;
export const TARGETS: usize = DATA + ((<usize>CAPACITY) << 2);
export const RESULT: usize = TARGETS + ((<usize>CAPACITY) << 2);

// exp(x) = 2ⁿ·e^r with n = round(x·log₂e) and r = x − n·ln 2 split in two parts (Cody–Waite), and
// e^r ≈ 1 + r + r²·P(r) on |r| ≤ ln(2)/2 with the degree-5 minimax polynomial of Cephes' expf.
// n is rounded by adding and subtracting 1.5·2²³, which leaves n in the low bits of the sum, so that
// 2ⁿ is those bits shifted into the exponent field: cheaper than converting to an integer.
// biome-ignore lint/suspicious/noApproximativeNumericConstant: a float32 literal (Math here is JSMath)
const LOG2E: f32 = 1.4426950408889634;
const ROUND: f32 = 12582912.0;
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.1219444e-4;
const P0: f32 = 1.98756915e-4;
const P1: f32 = 1.3981999507e-3;
const P2: f32 = 8.3334519073e-3;
const P3: f32 = 4.1665795894e-2;
const P4: f32 = 1.6666665459e-1;
const P5: f32 = 5.0000001201e-1;
/** Below this, e^x is under the smallest normal float32 and the result is flushed to 0. */
const LOW: f32 = -87.33654;
/** Above this the result is +Infinity (e^88.72 is the largest float32). */
const HIGH: f32 = 88.0;

/**
 * The constants of `expCore`, each in four lanes, in memory: V8 rebuilds a v128.const from
 * immediates on every use, and loading from memory (a cached line) is one instruction.
 */
const K: usize = memory.data<f32>([
  LOW,
  LOW,
  LOW,
  LOW,
  LOG2E,
  LOG2E,
  LOG2E,
  LOG2E,
  ROUND,
  ROUND,
  ROUND,
  ROUND,
  LN2_HI,
  LN2_HI,
  LN2_HI,
  LN2_HI,
  LN2_LO,
  LN2_LO,
  LN2_LO,
  LN2_LO,
  P0,
  P0,
  P0,
  P0,
  P1,
  P1,
  P1,
  P1,
  P2,
  P2,
  P2,
  P2,
  P3,
  P3,
  P3,
  P3,
  P4,
  P4,
  P4,
  P4,
  P5,
  P5,
  P5,
  P5,
  1.0,
  1.0,
  1.0,
  1.0,
]);

/** e^x for four lanes with x ≤ HIGH (as in the kernel, where x = z − max z ≤ 0). */
function expCore(x: v128): v128 {
  const low = v128.load(K, 0);
  const xc = f32x4.pmax(x, low);
  const t = f32x4.add(f32x4.mul(xc, v128.load(K, 16)), v128.load(K, 32));
  const n = f32x4.sub(t, v128.load(K, 32));
  let r = f32x4.sub(xc, f32x4.mul(n, v128.load(K, 48)));
  r = f32x4.sub(r, f32x4.mul(n, v128.load(K, 64)));
  const r2 = f32x4.mul(r, r);
  let p = f32x4.add(f32x4.mul(v128.load(K, 80), r), v128.load(K, 96));
  p = f32x4.add(f32x4.mul(p, r), v128.load(K, 112));
  p = f32x4.add(f32x4.mul(p, r), v128.load(K, 128));
  p = f32x4.add(f32x4.mul(p, r), v128.load(K, 144));
  p = f32x4.add(f32x4.mul(p, r), v128.load(K, 160));
  const y = f32x4.add(f32x4.add(f32x4.mul(p, r2), r), v128.load(K, 176));
  const scale = i32x4.add(i32x4.shl(t, 23), i32x4.splat(127 << 23));
  return v128.andnot(f32x4.mul(y, scale), f32x4.lt(x, low));
}

/** e^x for four lanes, +Infinity above HIGH; the same operations in the same order as `expScalar`. */
function expv(x: v128): v128 {
  const e = expCore(f32x4.pmin(x, f32x4.splat(HIGH)));
  return v128.bitselect(f32x4.splat(Infinity), e, f32x4.gt(x, f32x4.splat(HIGH)));
}

/** e^x for one float32, bit-identical to one lane of the vector version. */
export function expScalar(x: f32): f32 {
  if (x < LOW) return 0;
  if (x > HIGH) return Infinity;
  const t = x * LOG2E + ROUND;
  const n = t - ROUND;
  let r = x - n * LN2_HI;
  r = r - n * LN2_LO;
  const r2 = r * r;
  let p = P0 * r + P1;
  p = p * r + P2;
  p = p * r + P3;
  p = p * r + P4;
  p = p * r + P5;
  const y = p * r2 + r + 1.0;
  return y * reinterpret<f32>((reinterpret<i32>(t) << 23) + (127 << 23));
}

/** Applies the vector exp in place to `length` floats at DATA (for testing the approximation). */
export function expChunk(length: i32): void {
  const end = DATA + ((<usize>length) << 2);
  let p = DATA;
  for (; p + 16 <= end; p += 16) v128.store(p, expv(v128.load(p)));
  for (; p < end; p += 4) store<f32>(p, expScalar(load<f32>(p)));
}

/** The largest of `length` floats at `start`. */
function rowMax(start: usize, length: i32): f32 {
  const end = start + ((<usize>length) << 2);
  let p = start;
  let m0 = f32x4.splat(-Infinity);
  let m1 = m0;
  for (; p + 32 <= end; p += 32) {
    m0 = f32x4.pmax(m0, v128.load(p));
    m1 = f32x4.pmax(m1, v128.load(p, 16));
  }
  for (; p + 16 <= end; p += 16) m0 = f32x4.pmax(m0, v128.load(p));
  m0 = f32x4.pmax(m0, m1);
  let m = max<f32>(
    max<f32>(f32x4.extract_lane(m0, 0), f32x4.extract_lane(m0, 1)),
    max<f32>(f32x4.extract_lane(m0, 2), f32x4.extract_lane(m0, 3)),
  );
  for (; p < end; p += 4) m = max<f32>(m, load<f32>(p));
  return m;
}

/** Σ of `length` floats at `start`, accumulated in float64. */
function rowSum(start: usize, length: i32): f64 {
  const end = start + ((<usize>length) << 2);
  let p = start;
  let s0 = f64x2.splat(0);
  let s1 = s0;
  for (; p + 16 <= end; p += 16) {
    const x = v128.load(p);
    s0 = f64x2.add(s0, f64x2.promote_low_f32x4(x));
    s1 = f64x2.add(s1, f64x2.promote_low_f32x4(v128.shuffle<f32>(x, x, 2, 3, 0, 1)));
  }
  s0 = f64x2.add(s0, s1);
  let s = f64x2.extract_lane(s0, 0) + f64x2.extract_lane(s0, 1);
  for (; p < end; p += 4) s += <f64>load<f32>(p);
  return s;
}

/**
 * Σ e^(x − m) of `length` floats at `start`, accumulated in float64; with `write` the exponentials
 * overwrite the inputs.
 */
function sumExp(start: usize, length: i32, m: f32, write: bool): f64 {
  const end = start + ((<usize>length) << 2);
  const mv = f32x4.splat(m);
  let p = start;
  let s0 = f64x2.splat(0);
  let s1 = s0;
  // Two vectors per step, two accumulators. Lanes 0 + 2 and 1 + 3 are added in float32 (one
  // rounding), then accumulated in float64.
  for (; p + 32 <= end; p += 32) {
    const e0 = expCore(f32x4.sub(v128.load(p), mv));
    const e1 = expCore(f32x4.sub(v128.load(p, 16), mv));
    if (write) {
      v128.store(p, e0);
      v128.store(p, e1, 16);
    }
    s0 = f64x2.add(
      s0,
      f64x2.promote_low_f32x4(f32x4.add(e0, v128.shuffle<f32>(e0, e0, 2, 3, 0, 1))),
    );
    s1 = f64x2.add(
      s1,
      f64x2.promote_low_f32x4(f32x4.add(e1, v128.shuffle<f32>(e1, e1, 2, 3, 0, 1))),
    );
  }
  s0 = f64x2.add(s0, s1);
  let s = f64x2.extract_lane(s0, 0) + f64x2.extract_lane(s0, 1);
  for (; p < end; p += 4) {
    const e = expScalar(load<f32>(p) - m);
    if (write) store<f32>(p, e);
    s += <f64>e;
  }
  return s;
}

/** x ← a·x − b for `length` floats at `start`. */
function scaleShift(start: usize, length: i32, a: f32, b: f32): void {
  const end = start + ((<usize>length) << 2);
  const av = f32x4.splat(a);
  const bv = f32x4.splat(b);
  let p = start;
  for (; p + 16 <= end; p += 16) v128.store(p, f32x4.sub(f32x4.mul(v128.load(p), av), bv));
  for (; p < end; p += 4) store<f32>(p, load<f32>(p) * a - b);
}

/**
 * Loss and gradient of `rows` whole rows of `cols` logits at DATA with targets at TARGETS, fused:
 * per row a max pass, an exp pass storing e^(z − m) and summing it, and a pass scaling the stored
 * exponentials into the gradient `scale·(p − y′)` in place, with y′ = (1 − ε)·onehot + ε/C (ignored
 * rows get 0). Returns the sum of the rows' losses (1 − ε)·((m − z_t) + log d) + (ε/C)·(C·lse − Σz),
 * the first term in PyTorch's order, which does not cancel for large logits.
 */
export function rowsForwardBackward(
  rows: i32,
  cols: i32,
  epsilon: f64,
  ignoreIndex: i32,
  scale: f64,
  writeGrad: bool,
): f64 {
  let total: f64 = 0;
  const smoothing = epsilon / <f64>cols;
  for (let r = 0; r < rows; r++) {
    const start = DATA + ((<usize>r * <usize>cols) << 2);
    const t = load<i32>(TARGETS + ((<usize>r) << 2));
    if (t === ignoreIndex) {
      if (writeGrad) memory.fill(start, 0, (<usize>cols) << 2);
      continue;
    }
    const m = rowMax(start, cols);
    const zt = <f64>load<f32>(start + ((<usize>t) << 2));
    const sumZ = epsilon === 0 ? 0 : rowSum(start, cols);
    const d = sumExp(start, cols, m, writeGrad);
    const logD = Math.log(d);
    const lse = <f64>m + logD;
    const nll = <f64>m - zt + logD;
    total += epsilon === 0 ? nll : (1 - epsilon) * nll + smoothing * (<f64>cols * lse - sumZ);
    if (writeGrad) {
      const et = <f64>load<f32>(start + ((<usize>t) << 2));
      scaleShift(start, cols, <f32>(scale / d), <f32>(scale * smoothing));
      store<f32>(start + ((<usize>t) << 2), <f32>((et / d - (1 - epsilon) - smoothing) * scale));
    }
  }
  return total;
}

/**
 * Statistics of one chunk of a row too long for a chunk, at DATA: writes its maximum m, Σ e^(z − m)
 * and (with `withSum`) Σ z as float64 to RESULT, for the caller to merge as online softmax does.
 */
export function chunkStats(length: i32, withSum: bool): void {
  const m = rowMax(DATA, length);
  store<f64>(RESULT, <f64>m);
  store<f64>(RESULT, sumExp(DATA, length, m, false), 8);
  store<f64>(RESULT, withSum ? rowSum(DATA, length) : 0, 16);
}

/** Gradient of one chunk of a long row in place: x ← a·e^(x − m) − b. */
export function chunkGrad(length: i32, m: f32, a: f32, b: f32): void {
  sumExp(DATA, length, m, true);
  scaleShift(DATA, length, a, b);
}
