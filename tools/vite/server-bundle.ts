import { defineConfig, type UserConfig } from 'vite';
import { decoratorTransform, workspaceAliases, workspaceRoot } from './workspace.js';

/**
 * One ESM bundle per Node app: workspace libs are bundled in, every npm package stays external
 * (Vite's SSR build externalizes node_modules), so `node dist/apps/<app>/main.js` runs as is.
 */
export function serverBundleConfig(app: 'api' | 'worker', outDir = `dist/apps/${app}`): UserConfig {
  return defineConfig({
    root: workspaceRoot,
    oxc: decoratorTransform,
    resolve: { alias: workspaceAliases },
    logLevel: 'warn',
    build: {
      ssr: `apps/${app}/src/main.ts`,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'main.js' } },
    },
  });
}
