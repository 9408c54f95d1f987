/**
 * Mistake: bisects on the slope of the NLL but stops once the bracket is 1e-3 wide, believing three decimals are plenty.
 * Caught by: the fitted temperature is accurate to 1e-6
 * Misconception: stops-short-of-minimum
 */
export function fitTemperature(logits: number[][], labels: number[]): number {
  let [low, high] = [0.05, 20];
  while (high - low > 1e-3) {
    const middle = (low + high) / 2;
    if (meanNll(logits, labels, middle * 1.000001) < meanNll(logits, labels, middle)) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
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
    const b = Math.min(bins - 1, Math.max(0, Math.ceil(top * bins) - 1));
    count[b] = (count[b] ?? 0) + 1;
    right[b] = (right[b] ?? 0) + (row.indexOf(top) === labels[n] ? 1 : 0);
    conf[b] = (conf[b] ?? 0) + top;
  });
  let ece = 0;
  count.forEach((k, b) => {
    if (k > 0) ece += (k / probs.length) * Math.abs((right[b] ?? 0) / k - (conf[b] ?? 0) / k);
  });
  return ece;
}
