// Expect: not-normalised
export function softmax(logits: number[]): number[] {
  // biome-ignore lint/complexity/useMathMinMax: written the way a learner might, on purpose
  const peak = logits.reduce((a, b) => (a > b ? a : b));
  const out = new Array<number>(logits.length);
  for (let k = 0; k < logits.length; k++) out[k] = Math.exp((logits[k] ?? 0) - peak);
  return out;
}
