import { defineConfig, type Plugin } from 'vite';

/**
 * The production page's Content-Security-Policy, as a meta tag: scripts only from the page's
 * own origin (no inline scripts, no eval), workers from the same origin, no plugins, no
 * framing of forms elsewhere. The dev server goes without it (its client needs websockets
 * and inline module preambles).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'border-sim-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

// The browser app: index.html at the root, sources in ui/, the simulation worker in workers/.
// `base: './'` keeps the production build hostable from any sub-path.
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022', modulePreload: { polyfill: false } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
