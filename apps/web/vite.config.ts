import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** In development the API runs on :3000 (or BIBLIOHUB_API); in production it serves dist/ itself. */
const API = process.env['BIBLIOHUB_API'] ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared contracts from source: no build of the library needed first.
    alias: {
      '@bibliohub/contracts': fileURLToPath(
        new URL('../../libs/shared/contracts/src/index.ts', import.meta.url),
      ),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5173,
    proxy: { '/graphql': API, '/health': API, '/files': API, '/feeds': API },
  },
  preview: {
    proxy: { '/graphql': API, '/health': API, '/files': API, '/feeds': API },
  },
});
