import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
// Shared build tooling (the @vigil/* aliases and the repo root), not a runtime dependency.
import { workspaceAliases, workspaceRoot } from '../../tools/vite/workspace.js';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
/** The api in development (`npm run start:api`); the browser sees one origin either way. */
const toApi: ProxyOptions = { target: 'http://localhost:3000' };

/**
 * The dashboard: built into dist/apps/dashboard and served by the api (same origin, strict CSP).
 * In development Vite serves it on :4200 and proxies the api, health checks and the live channel to :3000.
 */
export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/dashboard'),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/api': toApi,
      '/health': toApi,
      '/socket.io': { ...toApi, ws: true },
    },
  },
  preview: { port: 4300 },
});
