#!/usr/bin/env node
// The host's PDF tests convert committee documents with LibreOffice headless and read the PDF
// text with poppler's pdftotext. On a Debian machine where we are root and they are missing,
// install them (about 30–60 s with downloads: libreoffice-writer-nogui is ~8 MB plus its core,
// ~150 MB installed); elsewhere say what is missing and go on: the PDF tests then skip with
// the same message, and the rest of the suite runs.
import { execFileSync, spawnSync } from 'node:child_process';

const has = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = [
  ...(has('soffice') || process.env.STYRKIT_SOFFICE ? [] : ['libreoffice-writer-nogui']),
  ...(has('pdftotext') ? [] : ['poppler-utils']),
];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.warn(
    `PDF tests will be skipped: ${missing.join(' and ')} not installed. ` +
      `Install them (sudo apt-get install ${missing.join(' ')}) to run them.`,
  );
  process.exit(0);
}
console.log(`Installing ${missing.join(' ')} for the PDF tests (apt-get)…`);
const started = Date.now();
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
  console.log(`Installed in ${String(Math.round((Date.now() - started) / 1000))} s.`);
} catch (error) {
  console.warn(
    `Could not install ${missing.join(' ')} (${String(error)}); the PDF tests will be skipped.`,
  );
}
