// `npm run bench` runs bench/bench.run.ts through vitest, which compiles the TypeScript it imports.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.run.ts'],
    environment: 'node',
    testTimeout: 15 * 60_000,
    reporters: ['default'],
    disableConsoleIntercept: true,
  },
});
