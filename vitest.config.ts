import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // 'server-only' throws outside React Server Components; the queries are plain functions in tests.
      'server-only': path.resolve(import.meta.dirname, 'db/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: ['db/**/*.test.ts', 'data/**/*.test.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // next-intl imports `next/navigation` without an extension, which Node's ESM loader cannot
    // resolve from an external package; let Vite transform it instead.
    server: { deps: { inline: ['next-intl', 'use-intl'] } },
    testTimeout: 30_000,
    globalSetup: ['db/testing/global-setup.ts'],
  },
});
