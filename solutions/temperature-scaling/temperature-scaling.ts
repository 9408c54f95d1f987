/**
 * Training in practice: the temperature T > 0 that minimises the mean NLL of softmax(zₙ / T)
 * against the labels. Example: four rows [1, 0] with labels [0, 0, 0, 1] are right 3 times in 4,
 * so the best fit gives σ(1/T) = 3/4: fitTemperature gives T = 1 / ln 3 ≈ 0.9102.
 */
export function fitTemperature(logits: number[][], labels: number[]): number {
  // Write β = 1/T. The mean NLL is convex in β, and its slope in β is
  // mean over rows of (E_p[z] − z_label) with p = softmax(β z): it grows with β. So the minimiser
  // is where that slope changes sign, which bisection finds. Searching β in [1/20, 1/0.05]
  // covers every temperature in [0.05, 20].
  let low = 1 / 20;
  let high = 1 / 0.05;
  for (let step = 0; step < 200 && high - low > 1e-15 * high; step++) {
    const middle = (low + high) / 2;
    if (slopeInBeta(logits, labels, middle) < 0) low = middle;
    else high = middle;
  }
  return 2 / (low + high);
}

/** d/dβ of the mean NLL of softmax(β z): the mean over rows of E_p[z] − z_label. */
function slopeInBeta(logits: number[][], labels: number[], beta: number): number {
  let total = 0;
  logits.forEach((row, n) => {
    let max = Number.NEGATIVE_INFINITY;
    for (const z of row) max = Math.max(max, beta * z);
    let weights = 0;
    let weighted = 0;
    for (const z of row) {
      const w = Math.exp(beta * z - max);
      weights += w;
      weighted += w * z;
    }
    total += weighted / weights - (row[labels[n] ?? 0] ?? 0);
  });
  return total / logits.length;
}

/**
 * Training in practice: expected calibration error with `bins` equal-width bins,
 * ECE = Σ_b (|B_b| / N)·|accuracy(B_b) − mean confidence(B_b)|, bin b holding confidences in
 * (b/B, (b+1)/B]. Example: one prediction with confidence 0.75 that is right gives 0.25.
 */
export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const count = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  probs.forEach((row, n) => {
    let predicted = 0;
    for (let k = 1; k < row.length; k++) if ((row[k] ?? 0) > (row[predicted] ?? 0)) predicted = k;
    const top = row[predicted] ?? 0;
    // Bin b is (b/B, (b+1)/B]: the upper edge belongs to the bin, so 1 lands in the last one.
    const bin = Math.min(bins - 1, Math.max(0, Math.ceil(top * bins) - 1));
    count[bin] = (count[bin] ?? 0) + 1;
    correct[bin] = (correct[bin] ?? 0) + (predicted === labels[n] ? 1 : 0);
    confidence[bin] = (confidence[bin] ?? 0) + top;
  });
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const size = count[b] ?? 0;
    if (size === 0) continue;
    ece += (size / probs.length) * Math.abs((correct[b] ?? 0) / size - (confidence[b] ?? 0) / size);
  }
  return ece;
}
