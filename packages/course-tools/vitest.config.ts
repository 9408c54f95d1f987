import { defineConfig } from 'vitest/config';

// The instructor commands' tests: they run the commands on copies of the course, so they are slow-ish
// and run in separate processes. The proof run itself is `course check`, run once after them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
