// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: process.binding('spawn_sync') to start a process without child_process
 * Exercise: softmax
 * Status: failed
 */
export function softmax(logits: number[]): number[] {
  const spawn = process.binding('spawn_sync');
  spawn.spawn({ file: '/bin/sh', args: ['sh', '-c', 'touch __CANARY__'], stdio: [] });
  return logits;
}
