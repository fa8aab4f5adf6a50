import { defineConfig } from 'vite';
import { decoratorTransform, workspaceAliases, workspaceRoot } from '../vite/workspace.js';

/** `npm run bench` runs this bundle (it imports the workspace libs, so it is built like the apps). */
export default defineConfig({
  root: workspaceRoot,
  oxc: decoratorTransform,
  resolve: { alias: workspaceAliases },
  logLevel: 'warn',
  build: {
    ssr: 'tools/bench/main.ts',
    outDir: 'dist/tools/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'main.js' } },
  },
});
