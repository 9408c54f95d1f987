// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: node:net to open a TCP connection on the loopback address
 * Exercise: softmax
 * Status: error
 */
import net from 'node:net';

export function softmax(logits: number[]): number[] {
  net.connect(__PORT__, '127.0.0.1');
  return logits;
}
