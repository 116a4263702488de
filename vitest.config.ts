import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { lexiconTable } from './scripts/lexicon-table';
import { traditionalText } from './scripts/traditional-text';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact(), lexiconTable(), traditionalText()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          globals: true,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globals: true,
          globalSetup: ['tests/e2e/build.ts'],
          // Browsers are heavy on a 2-core machine: one file at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
