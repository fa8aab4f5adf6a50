#!/usr/bin/env node
// Fails when a direct production dependency is one or more major versions behind its latest release
// (docs/dependencies.md#keeping-them-current). `npm audit` is refused by the registry reachable here; this
// is the check that can run everywhere. Operators whose registry answers `npm audit` should run it too.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const production = new Set(
  Object.keys(
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies ?? {},
  ),
);

let raw;
try {
  raw = execFileSync('npm', ['outdated', '--json', '--omit=dev'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (error) {
  // npm outdated exits 1 when anything at all is outdated; its JSON is still on stdout.
  raw = error.stdout || '{}';
}
const outdated = Object.fromEntries(
  Object.entries(JSON.parse(raw || '{}')).filter(([name]) => production.has(name)),
);
const major = (v) => Number(String(v ?? '').split('.')[0]);
const behind = Object.entries(outdated).filter(
  ([, info]) => info.current && major(info.latest) > major(info.current),
);
for (const [name, info] of Object.entries(outdated)) {
  const flag = behind.some(([n]) => n === name) ? 'MAJOR BEHIND' : 'ok (minor/patch)';
  console.log(
    `${name.padEnd(32)} ${String(info.current).padEnd(12)} latest ${String(info.latest).padEnd(12)} ${flag}`,
  );
}
if (behind.length > 0) {
  console.error(
    `\n${behind.length} production dependenc${behind.length === 1 ? 'y is' : 'ies are'} a major version behind.`,
  );
  process.exit(1);
}
console.log('No production dependency is a major version behind its latest release.');
