/** What the wrong implementations of temperature scaling get right, so that each file shows only its mistake. */

/** The NLL −log softmax(z / T)_y of one row, as (max − z_y)/T + ln Σ e^{(z − max)/T}. */
export function rowNll(row: number[], label: number, t: number): number {
  const max = Math.max(...row);
  let sum = 0;
  for (const z of row) sum += Math.exp((z - max) / t);
  return (max - (row[label] ?? 0)) / t + Math.log(sum);
}

/** The mean over the rows of rowLoss(row, label, T), stable rowNll by default. */
export function meanNll(
  logits: number[][],
  labels: number[],
  t: number,
  rowLoss: (row: number[], label: number, t: number) => number = rowNll,
): number {
  let total = 0;
  logits.forEach((row, n) => {
    total += rowLoss(row, labels[n] ?? 0, t);
  });
  return total / logits.length;
}

/** Golden-section search for the lowest mean NLL over log T in [ln 0.05, ln 20]. */
export function search(loss: (t: number) => number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [Math.log(0.05), Math.log(20)];
  for (let i = 0; i < 200 && b - a > 1e-13; i++) {
    const c = b - ratio * (b - a);
    const d = a + ratio * (b - a);
    if (loss(Math.exp(c)) < loss(Math.exp(d))) b = d;
    else a = c;
  }
  return Math.exp((a + b) / 2);
}

/** The correct fit: the T that minimises the mean NLL of softmax(z / T). */
export function fitTemperature(logits: number[][], labels: number[]): number {
  return search((t) => meanNll(logits, labels, t));
}

/** Bin ⌈c·B⌉ − 1 of confidence c, kept in [0, B − 1], so bin b is (b/B, (b + 1)/B]: 0.5 of 2 bins → 0. */
export function binOf(confidence: number, bins: number): number {
  return Math.min(bins - 1, Math.max(0, Math.ceil(confidence * bins) - 1));
}

/** A row's confidence, its largest probability, and its prediction, the first index of it. */
export function confidenceAndPrediction(row: number[]): [number, number] {
  const top = Math.max(...row);
  return [top, row.indexOf(top)];
}

/** Per bin: how many predictions it holds, how many of them are right, and their total confidence. */
export interface BinTotals {
  count: number[];
  right: number[];
  conf: number[];
}

/** The totals of each bin, with the row reader and the binning given (the correct ones by default). */
export function binTotals(
  probs: number[][],
  labels: number[],
  bins: number,
  read: (row: number[], label: number | undefined) => [number, number] = confidenceAndPrediction,
  bin: (confidence: number, bins: number) => number = binOf,
): BinTotals {
  const count = new Array<number>(bins).fill(0);
  const right = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  probs.forEach((row, n) => {
    const [top, predicted] = read(row, labels[n]);
    const b = bin(top, bins);
    count[b] = (count[b] ?? 0) + 1;
    right[b] = (right[b] ?? 0) + (predicted === labels[n] ? 1 : 0);
    conf[b] = (conf[b] ?? 0) + top;
  });
  return { count, right, conf };
}

/** ECE = Σ_b (n_b / N)·|acc_b − conf_b| over the bins 0 … B − 1. */
export function weightedGap(
  { count, right, conf }: BinTotals,
  total: number,
  bins: number,
): number {
  let ece = 0;
  count.slice(0, bins).forEach((k, b) => {
    if (k > 0) ece += (k / total) * Math.abs((right[b] ?? 0) / k - (conf[b] ?? 0) / k);
  });
  return ece;
}

/** The correct expected calibration error with B equal-width bins. */
export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  return weightedGap(binTotals(probs, labels, bins), probs.length, bins);
}
