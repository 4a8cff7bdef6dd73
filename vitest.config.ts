/// <reference types="vitest/config" />
// getViteConfig lets component tests render .astro files through the Container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
