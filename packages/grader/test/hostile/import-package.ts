// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: imports the reference library and returns its answer
 * Exercise: focal-loss
 * Status: error
 */
import { sigmoidFocalLoss } from '@xent/core';

export const focalLoss = (logits: number[], targets: number[], alpha = 0.25, gamma = 2) =>
  sigmoidFocalLoss(logits, targets, { alpha, gamma });
