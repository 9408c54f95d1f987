// Expect: averages-perplexities
function nll(z: number[], k: number): number {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of z) top = Math.max(top, v);
  let acc = 0;
  for (const v of z) acc += Math.exp(v - top);
  return Math.log(acc) + top - (z[k] ?? 0);
}

export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) total += nll(logits[n] ?? [], labels[n] ?? 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) total += Math.exp(nll(logits[n] ?? [], labels[n] ?? 0));
  return total / logits.length;
}
