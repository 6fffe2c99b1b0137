// Starting the portal for a browser run: the host (temp data dir, free port, seeded demo
// users) serving the built app, Chromium through playwright-core, a signed-in context. Free of
// vitest, so the e2e harness and the portfolio bench (bench/portfolio.ts) share one copy.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
/** apps/demo */
export const DEMO_DIR = join(here, '..');
const HOST_DIR = join(DEMO_DIR, '..', 'host');
/** The repository root. */
export const REPO = join(DEMO_DIR, '..', '..');
export const SCREENSHOTS = join(DEMO_DIR, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  what: string,
  ms = 120_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      reject(new Error(`${what} did not start in ${ms} ms:\n${out}`));
    }, ms);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = pattern.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        resolve(m[1] ?? m[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${String(code)}):\n${out}`));
    });
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  const pid = child?.pid;
  if (child === undefined || child.exitCode !== null || pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 5_000).unref();
  });
}

/** Whether this host accepts `serve --static <dir>` (the serving contract of the portal). */
export function hostServesStatic(): boolean {
  const help = spawnSync(process.execPath, [tsxCli(), 'src/cli.ts', 'serve', '--help'], {
    cwd: HOST_DIR,
    encoding: 'utf8',
  });
  return /--static/.test(`${help.stdout}${help.stderr}`);
}

function tsxCli(): string {
  const require = createRequire(join(HOST_DIR, 'package.json'));
  const pkg = require.resolve('tsx/package.json');
  const json = JSON.parse(readFileSync(pkg, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof json.bin === 'string' ? json.bin : (json.bin.tsx ?? '');
  return join(dirname(pkg), bin);
}

/** A running portal: the host with a fresh database, serving the built app (or behind vite preview). */
export interface Portal {
  readonly url: string;
  /** `host --static` or `vite preview` (when the host does not serve static files yet). */
  readonly mode: 'host --static' | 'vite preview';
  readonly browser: Browser;
  close(): Promise<void>;
}

/** How a test file wants its host started. */
export interface PortalOptions {
  /** Extra `styrkit serve` flags, e.g. `['--errors-block-approval']`. */
  readonly hostArgs?: readonly string[];
  /** The built app to serve (default apps/demo/dist, built when missing). */
  readonly dist?: string;
}

/** Starts the host (temp data dir, free port, seeded demo users) and Chromium. */
export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'styrkit-demo-e2e-'));
  const dist = options.dist ?? join(DEMO_DIR, 'dist');
  if (options.dist === undefined && !existsSync(join(dist, 'index.html'))) {
    // `pnpm e2e` after `pnpm build` finds a dist; on its own it builds one first.
    const built = spawnSync(
      process.execPath,
      [join(DEMO_DIR, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
      {
        cwd: DEMO_DIR,
        stdio: 'inherit',
      },
    );
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const useStatic = hostServesStatic();
  const hostPort = await freePort();
  const args = [tsxCli(), 'src/cli.ts', 'serve', '--port', String(hostPort), '--data-dir', dataDir];
  if (useStatic) args.push('--static', dist);
  args.push(...(options.hostArgs ?? []));
  const host = spawn(process.execPath, args, {
    cwd: HOST_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, STYRKIT_STATIC_DIR: dist },
  });
  let preview: ChildProcess | undefined;
  let url: string;
  try {
    url = await waitForLine(host, /(http:\/\/127\.0\.0\.1:\d+)/, 'styrkit host');
    if (!useStatic) {
      const previewPort = await freePort();
      preview = spawn(
        process.execPath,
        [
          join(DEMO_DIR, 'node_modules', 'vite', 'bin', 'vite.js'),
          'preview',
          '--port',
          String(previewPort),
          '--strictPort',
          '--host',
          '127.0.0.1',
        ],
        {
          cwd: DEMO_DIR,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, STYRKIT_API: url },
        },
      );
      await waitForLine(preview, /(http:\/\/127\.0\.0\.1:\d+)/, 'vite preview');
      url = `http://127.0.0.1:${previewPort}`;
    }
  } catch (error) {
    await stop(host);
    throw error;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    mode: useStatic ? 'host --static' : 'vite preview',
    browser,
    close: async () => {
      await browser.close();
      await stop(preview);
      await stop(host);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new browser context (own cookies) signed in as a demo user, on the portfolio. */
export async function signIn(
  portal: Portal,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await portal.browser.newContext({
    acceptDownloads: true,
    locale: 'sv-SE',
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  await page.goto(portal.url);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(`demo-${username}-2026`);
  await page.getByLabel('Lösenord').press('Enter');
  await page.getByTestId('username').waitFor();
  return { context, page };
}
