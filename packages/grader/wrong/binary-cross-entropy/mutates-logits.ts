/**
 * Mistake: replaces each logit by its loss in the caller's array to save memory.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
import { elementLoss } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  for (let i = 0; i < logits.length; i++) {
    logits[i] = elementLoss(logits[i] ?? 0, targets[i] ?? 0, posWeight);
  }
  return logits.reduce((sum, l) => sum + l, 0) / logits.length;
}
