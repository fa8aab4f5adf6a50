// Builds and runs the eu-store summary: node tools/eval/models/eu-store/summary.mjs [seed…] [--orders N]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const config = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
execFileSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '-c', config], {
  cwd: root,
  stdio: 'inherit',
});
execFileSync(
  process.execPath,
  ['--enable-source-maps', `${root}dist/tools/eval/eu-store/print-summary.js`, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
