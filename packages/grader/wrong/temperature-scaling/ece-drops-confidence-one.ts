/**
 * Mistake: puts confidence c in bin ⌊c·B⌋ with nothing to stop c = 1 from landing in bin B, one past the last, where it is never counted.
 * Caught by: a confidence of 1 falls in the last bin
 * Misconception: ece-bins-closed-on-left
 */
export function fitTemperature(logits: number[][], labels: number[]): number {
  return search((t) => meanNll(logits, labels, t));
}

/** Golden-section search for the lowest mean NLL over log T in [ln 0.05, ln 20]. */
function search(loss: (t: number) => number): number {
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

/** Mean NLL of softmax(z / T), each row as (max − z_y)/T + ln Σ e^{(z − max)/T}. */
function meanNll(logits: number[][], labels: number[], t: number): number {
  let total = 0;
  logits.forEach((row, n) => {
    const max = Math.max(...row);
    let sum = 0;
    for (const z of row) sum += Math.exp((z - max) / t);
    total += (max - (row[labels[n] ?? 0] ?? 0)) / t + Math.log(sum);
  });
  return total / logits.length;
}

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const count = new Array<number>(bins).fill(0);
  const right = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  probs.forEach((row, n) => {
    const top = Math.max(...row);
    const b = Math.floor(top * bins);
    count[b] = (count[b] ?? 0) + 1;
    right[b] = (right[b] ?? 0) + (row.indexOf(top) === labels[n] ? 1 : 0);
    conf[b] = (conf[b] ?? 0) + top;
  });
  let ece = 0;
  count.slice(0, bins).forEach((k, b) => {
    if (k > 0) ece += (k / probs.length) * Math.abs((right[b] ?? 0) / k - (conf[b] ?? 0) / k);
  });
  return ece;
}
