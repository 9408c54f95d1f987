import { checkPositive, checkVector } from './validate.ts';

/**
 * Softmax of z/T: pᵢ = exp(zᵢ/T − m) / Σⱼ exp(zⱼ/T − m), with m = max z/T so nothing overflows.
 * A −Infinity logit gets probability 0. Example: softmax([0, Math.log(3)]) = [0.25, 0.75].
 */
export function softmax(logits: number[], temperature = 1): number[] {
  checkVector('softmax', 'logits', logits);
  checkPositive('softmax', 'temperature', temperature);
  const scaled = temperature === 1 ? logits : logits.map((z) => z / temperature);
  let max = Number.NEGATIVE_INFINITY;
  for (const z of scaled) if (z > max || Number.isNaN(z)) max = z;
  const exps = scaled.map((z) => Math.exp(z - max));
  let total = 0;
  for (const e of exps) total += e;
  return exps.map((e) => e / total);
}
