/**
 * Mistake: uses log base 2 throughout, so every result is in bits, ln 2 times the nats asked for.
 * Caught by: entropy matches the reference on small distributions
 * Misconception: bits-instead-of-nats
 */
import { sumOverOutcomes } from './_parts.ts';

export function entropy(y: number[]): number {
  return sumOverOutcomes(y, (yi) => -yi * Math.log2(yi));
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  return sumOverOutcomes(y, (yi, i) => -yi * Math.log2(p[i] ?? 0));
}

export function klDivergence(y: number[], p: number[]): number {
  return crossEntropyBetween(y, p) - entropy(y);
}
