import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { webBoundary } from './build/web-boundary.js';

// The SPA lives in src/web and is served by the Fastify server from dist/web.
export default defineConfig({
  root: 'src/web',
  base: '/',
  // webBoundary: the bundle takes nothing from the server but the contracts (build/web-boundary.ts).
  plugins: [webBoundary(), react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The public portal is its own page so that a citizen's phone does not load the staff console.
    rollupOptions: { input: { main: 'src/web/index.html', portal: 'src/web/portal.html' } },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/open311': 'http://localhost:3000', '/healthz': 'http://localhost:3000', '/readyz': 'http://localhost:3000' },
  },
});
