import { defineConfig } from 'vite';

// The browser app: index.html at the root, sources in ui/, the simulation worker in workers/.
// `base: './'` keeps the production build hostable from any sub-path.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
