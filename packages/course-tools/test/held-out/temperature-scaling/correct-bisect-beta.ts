// Expect: none (correct)
export function fitTemperature(logits: number[][], labels: number[]): number {
  return 1 / bestBeta(logits, labels);
}

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  return eceOf(topPairs(probs, labels), bins);
}

/** d/dβ of the mean NLL of softmax(β z) (or of softmax(z / β) when `inverted`). */
function slope(logits: number[][], labels: number[], beta: number): number {
  let acc = 0;
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    let top = Number.NEGATIVE_INFINITY;
    for (const v of z) if (beta * v > top) top = beta * v;
    let w = 0;
    let wz = 0;
    for (const v of z) {
      const e = Math.exp(beta * v - top);
      w += e;
      wz += e * v;
    }
    acc += wz / w - (z[labels[n] ?? 0] ?? 0);
  }
  return acc / logits.length;
}

/** The β in [1/20, 20] where the slope changes sign. */
function bestBeta(logits: number[][], labels: number[]): number {
  let lo = 0.05;
  let hi = 20;
  for (let i = 0; i < 300 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (slope(logits, labels, mid) < 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Index of bin (b/B, (b+1)/B] holding c. */
function binIndex(c: number, bins: number): number {
  const b = Math.ceil(c * bins) - 1;
  return b < 0 ? 0 : b >= bins ? bins - 1 : b;
}

/** ECE from per-row (confidence, correct) pairs, each bin weighted by its share of the rows. */
function eceOf(pairs: [number, boolean][], bins: number): number {
  const groups: [number, boolean][][] = Array.from({ length: bins }, () => []);
  for (const [c, ok] of pairs) groups[binIndex(c, bins)]?.push([c, ok]);
  let ece = 0;
  for (const g of groups) {
    if (g.length === 0) continue;
    const acc = g.filter(([, ok]) => ok).length / g.length;
    const conf = g.reduce((s, [c]) => s + c, 0) / g.length;
    ece += (g.length / pairs.length) * Math.abs(acc - conf);
  }
  return ece;
}

/** (largest probability, whether its first index is the label) per row. */
function topPairs(probs: number[][], labels: number[]): [number, boolean][] {
  return probs.map((row, n) => {
    let k = 0;
    for (let j = 1; j < row.length; j++) if ((row[j] ?? 0) > (row[k] ?? 0)) k = j;
    return [row[k] ?? 0, k === labels[n]];
  });
}
