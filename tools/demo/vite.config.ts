import { defineConfig } from 'vite';
import { decoratorTransform, workspaceAliases, workspaceRoot } from '../vite/workspace.js';

/** `npm run demo` runs this bundle (the simulated store), built the same way as tools/bench. */
export default defineConfig({
  root: workspaceRoot,
  oxc: decoratorTransform,
  resolve: { alias: workspaceAliases },
  logLevel: 'warn',
  build: {
    ssr: 'tools/demo/main.ts',
    outDir: 'dist/tools/demo',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'main.js' } },
  },
});
