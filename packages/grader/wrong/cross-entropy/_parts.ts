/** What the wrong implementations of the cross-entropy loss get right, so that each file shows only its mistake. */

/** The loss of one row of logits against its label. */
export type ExampleLoss = (row: number[], label: number) => number;

/** A loss or a perplexity of a batch of logit rows and their labels. */
export type BatchScore = (logits: number[][], labels: number[]) => number;

/** Σ e^(z − shift) over a row: shiftedExpSum([0, 0], 0) = 2. */
export function shiftedExpSum(row: number[], shift: number): number {
  return row.reduce((sum, z) => sum + Math.exp(z - shift), 0);
}

/** The correct −log softmax(z)[k] = m + ln Σ e^(z − m) − z_k with m = max z: ([0, 0], 1) → ln 2. */
export function exampleLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  const lse = max + Math.log(shiftedExpSum(row, max));
  return lse - (row[label] ?? 0);
}

/** softmax(z)[k] = e^(z_k − m) / Σ e^(z − m), formed as a probability: ([0, 0], 1) → 0.5. */
export function labelProbability(row: number[], label: number): number {
  const max = Math.max(...row);
  const exps = row.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return (exps[label] ?? 0) / total;
}

/** Σₙ loss(zₙ, kₙ) over the batch, not yet divided by N. */
export function totalLoss(
  logits: number[][],
  labels: number[],
  loss: ExampleLoss = exampleLoss,
): number {
  return logits.reduce((sum, row, n) => sum + loss(row, labels[n] ?? 0), 0);
}

/** The mean loss (1/N)·Σₙ loss(zₙ, kₙ) built on the given per-row loss. */
export function crossEntropyUsing(loss: ExampleLoss): BatchScore {
  return (logits, labels) => totalLoss(logits, labels, loss) / logits.length;
}

/** The perplexity exp(L) built on the given loss, so a wrong loss carries through as it would. */
export function perplexityUsing(crossEntropy: BatchScore): BatchScore {
  return (logits, labels) => Math.exp(crossEntropy(logits, labels));
}

/** The correct mean cross-entropy: crossEntropy([[0, 0]], [1]) = ln 2. */
export const crossEntropy = crossEntropyUsing(exampleLoss);

/** The correct perplexity exp(L): perplexity([[0, 0, 0, 0]], [2]) = 4. */
export const perplexity = perplexityUsing(crossEntropy);
