/**
 * Mistake: overwrites each row of logits with its gradient instead of building new rows.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const batchSize = logits.length;
  logits.forEach((row, n) => {
    const max = Math.max(...row);
    let total = 0;
    for (let k = 0; k < row.length; k++) {
      row[k] = Math.exp((row[k] ?? 0) - max);
      total += row[k] ?? 0;
    }
    for (let k = 0; k < row.length; k++) {
      row[k] = ((row[k] ?? 0) / total - (k === labels[n] ? 1 : 0)) / batchSize;
    }
  });
  return logits;
}
