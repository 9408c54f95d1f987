// @ts-nocheck: hostile learner code, graded by hostile-corpus.test.ts, never type-checked or run directly
/**
 * Technique: re-exports the model solution from the course's solutions folder
 * Exercise: softmax
 * Status: error
 */
export { softmax } from '../../../solutions/softmax/softmax';
