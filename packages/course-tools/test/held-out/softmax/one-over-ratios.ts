// Expect: masked-class-nan
export function softmax(logits: number[]): number[] {
  const probs: number[] = [];
  for (let i = 0; i < logits.length; i++) {
    let ratioSum = 0;
    for (let j = 0; j < logits.length; j++) {
      ratioSum += Math.exp((logits[j] ?? 0) - (logits[i] ?? 0));
    }
    probs.push(1 / ratioSum);
  }
  return probs;
}
