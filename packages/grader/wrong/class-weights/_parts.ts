/** What the wrong implementations of class-weighted cross-entropy get right, so that each file shows only its mistake. */

/** −log softmax(z)_k = max + log Σ e^(z − max) − z_k, finite for logits like ±1e6: ([0, 0], 0) → ln 2. */
export function rowLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  const logSum = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
  return max + logSum - (row[label] ?? 0);
}

/** The weighted loss Σ w·ℓ, the total weight Σ w and the number of rows kept. */
export interface Sums {
  loss: number;
  weightSum: number;
  kept: number;
}

/** How a wrong implementation may weigh or score a row; the defaults are the correct ones. */
export interface RowPieces {
  weightOf: (label: number, n: number) => number;
  lossOf: (row: number[], label: number) => number;
}

/** The sums over the rows whose label is not ignoreIndex: each row adds w_{y}·ℓ to the loss and w_{y} to the weight. */
export function weightedSums(
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex: number,
  pieces: Partial<RowPieces> = {},
): Sums {
  const { weightOf = (label: number) => weights[label] ?? 0, lossOf = rowLoss } = pieces;
  const sums = { loss: 0, weightSum: 0, kept: 0 };
  logits.forEach((row, n) => {
    const label = labels[n] ?? 0;
    if (label === ignoreIndex) return;
    const w = weightOf(label, n);
    sums.loss += w * lossOf(row, label);
    sums.weightSum += w;
    sums.kept += 1;
  });
  return sums;
}

/** The signature of weightedCrossEntropy, for the wrong implementations that define it. */
export type Weighted = (
  logits: number[][],
  labels: number[],
  weights: number[],
  ignoreIndex?: number,
) => number;
