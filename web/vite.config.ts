/**
 * Built with `npm run build:web` (vite build web): web/dist, served by `xunpan serve`.
 * During development `npm run dev:web` proxies /api to a `xunpan serve` on its default port.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // esbuild's own JSX transform is enough for a build; no Babel plugin needed.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // react-query marks its modules "use client" for server-component bundlers; meaningless in a plain SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:7410' } },
});
