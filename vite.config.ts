/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [preact()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    environment: 'happy-dom',
    include: [
      'test/unit/**/*.test.{ts,tsx}',
      'test/storage/**/*.test.{ts,tsx}',
      'test/ui/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['test/helpers/setup.ts'],
    restoreMocks: true,
    pool: 'threads',
    maxWorkers: 2,
  },
});
