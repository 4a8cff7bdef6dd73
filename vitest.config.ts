/// <reference types="vitest/config" />
// getViteConfig lets component tests render .astro files through the Container API.
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 60_000,
    // One test file per core. Vitest's default left one of this machine's two cores idle,
    // and the integration files (real builds in temporary copies) ran one after another:
    // 141 s against 76 s.
    maxWorkers: availableParallelism(),
  },
});
