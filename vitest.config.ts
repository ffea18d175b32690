// Unit tests sit next to the code they test, in shared/, main/, renderer/ and scripts/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,main,renderer,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Inlined so the main-process tests' fake `electron` module reaches electron-store's import too.
    server: { deps: { inline: ['electron-store'] } },
  },
});
