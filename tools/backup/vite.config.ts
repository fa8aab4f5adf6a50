import { defineConfig } from 'vite';
import { decoratorTransform, workspaceAliases, workspaceRoot } from '../vite/workspace.js';

/** `npm run backup` / `restore` in embedded mode load this bundle (built on demand, about a second). */
export default defineConfig({
  root: workspaceRoot,
  oxc: decoratorTransform,
  resolve: { alias: workspaceAliases },
  logLevel: 'warn',
  build: {
    ssr: 'tools/backup/embedded.ts',
    outDir: 'dist/tools/backup',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'embedded.js' } },
  },
});
