// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: imports node:fs to write a file next to the grader
 * Exercise: softmax
 * Status: error
 */
import { writeFileSync } from 'node:fs';

writeFileSync('__CANARY__', 'written by an exercise');
export const softmax = (logits: number[]) => logits;
