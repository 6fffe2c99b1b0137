// The host's own source files, for tests that read the raise sites (the code catalogue's tests).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/host/src/, with its trailing slash. */
export const hostSrcDir = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts file below `dir`, leaving out tests and generated code. */
export function hostSourceFiles(dir: string = hostSrcDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return e.name === '__tests__' || e.name === 'generated' ? [] : hostSourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}
