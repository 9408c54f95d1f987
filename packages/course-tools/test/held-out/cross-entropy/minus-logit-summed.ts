// Expect: forgets-normaliser, sum-instead-of-mean (two mistakes at once: either is right)
export function crossEntropy(logits: number[][], labels: number[]): number {
  return logits.reduce((s, z, n) => s - (z[labels[n] ?? 0] ?? 0), 0);
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
