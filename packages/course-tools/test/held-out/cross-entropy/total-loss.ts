// Expect: sum-instead-of-mean
function nll(z: number[], k: number): number {
  const top = Math.max(...z);
  return top + Math.log(z.reduce((s, v) => s + Math.exp(v - top), 0)) - (z[k] ?? 0);
}

export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) total += nll(logits[n] ?? [], labels[n] ?? 0);
  return total;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
