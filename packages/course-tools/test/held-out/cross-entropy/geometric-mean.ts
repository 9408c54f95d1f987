// Expect: product-underflow
function logProb(z: number[], k: number): number {
  const top = Math.max(...z);
  return (z[k] ?? 0) - top - Math.log(z.reduce((s, v) => s + Math.exp(v - top), 0));
}

export function crossEntropy(logits: number[][], labels: number[]): number {
  return -logits.reduce((s, z, n) => s + logProb(z, labels[n] ?? 0), 0) / logits.length;
}

/** One over the geometric mean of the probabilities of the labels. */
export function perplexity(logits: number[][], labels: number[]): number {
  let likelihood = 1;
  for (let n = 0; n < logits.length; n++)
    likelihood *= Math.exp(logProb(logits[n] ?? [], labels[n] ?? 0));
  return 1 / likelihood ** (1 / logits.length);
}
