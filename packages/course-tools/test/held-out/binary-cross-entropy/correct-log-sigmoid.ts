// Expect: none (correct)
/** log σ(x) without overflow or underflow. */
function logSigmoid(x: number): number {
  return x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
}

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i] as number;
    const t = targets[i] as number;
    // log(1 − σ(z)) = log σ(−z)
    sum -= posWeight * t * logSigmoid(z) + (1 - t) * logSigmoid(-z);
  }
  return sum / logits.length;
}
