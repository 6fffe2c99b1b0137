// How the benches start a server as a child process and sign in to it: the host
// (`src/cli.ts serve --port 0 …`) or bare.ts, both of which print the address they listen on.
// One copy, so load.ts, soak.ts and cluster.ts wait for the same line and fail the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** This checkout's apps/host: where `src/cli.ts` is found and tsx is installed. */
export const HOST_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface StartOptions {
  /** The directory the child runs in (another checkout's apps/host for "before" figures). */
  cwd?: string;
  /** Added to this process's environment (e.g. STYRKIT_ADMIN). */
  env?: Record<string, string>;
  /** Node options before `--import tsx` (e.g. `--cpu-prof`). */
  nodeArgs?: readonly string[];
  /** Fail when no address is printed within this many ms; without it, wait while the child runs. */
  timeoutMs?: number;
}

/** Every child started here, for stopChildren. */
const children: ChildProcess[] = [];

/**
 * Runs `node --import tsx <args>` and resolves with the address once the child prints
 * "Listening on <url>" (or the host's Swedish "Lyssnar på <url>"); rejects if it exits first.
 */
export function startHost(
  args: readonly string[],
  options: StartOptions = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', ...args], {
    cwd: options.cwd ?? HOST_DIR,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(?:Listening on|Lyssnar på) (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) resolve({ url: match[1], child });
    });
    child.on('exit', (code) => {
      reject(new Error(`exited ${String(code)}: ${out}`));
    });
    // A host that never says it listens fails the run instead of hanging it (the cluster run
    // of 2026-12-01 waited 15 minutes on a message it could not recognise).
    const { timeoutMs } = options;
    if (timeoutMs !== undefined)
      setTimeout(() => {
        reject(new Error(`no "Listening on" within ${String(timeoutMs)} ms: ${out}`));
      }, timeoutMs).unref();
  });
}

/** Stops every child startHost started (a bench's `finally`). */
export function stopChildren(): void {
  for (const child of children) child.kill('SIGTERM');
}

/** The body of a 2xx answer; a readable error with the answer's text otherwise. */
export async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Signs in as `admin` ("username:password", the STYRKIT_ADMIN the host was started with). */
export async function signIn(
  host: string,
  admin: string,
): Promise<{ cookie: string; csrf: string }> {
  const [username, password] = admin.split(':');
  const res = await fetch(`${host}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: (await json<{ csrfToken: string }>(res)).csrfToken };
}

/** Makes an API token named `name` for the signed-in user: its secret and its id. */
export async function createToken(
  host: string,
  session: { cookie: string; csrf: string },
  name: string,
): Promise<{ token: string; id: string }> {
  return json<{ token: string; id: string }>(
    await fetch(`${host}/api/tokens`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name }),
    }),
  );
}
