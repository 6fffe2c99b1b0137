import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import type { Host } from './host.js';

/** How long a stopping server waits for requests in flight (docs/hosting.md, "Limits"). */
export const DRAIN_MS = 10_000;

/** A listening server. */
export interface RunningServer {
  /** The base URL, e.g. http://127.0.0.1:3000. */
  readonly url: string;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `drainMs`, then
   * their connections are cut), then closes the host's database.
   */
  close(): Promise<void>;
}

/**
 * Serves the host's HTTP API on `hostname:port` (port 0 picks a free one).
 *
 * @example
 * ```ts
 * const server = await startServer(host, { port: 0 });
 * console.log(server.url);
 * ```
 */
export function startServer(
  host: Host,
  options: AppOptions & { port?: number; hostname?: string; drainMs?: number } = {},
): Promise<RunningServer> {
  const app = createApp(host.store, host.users, options);
  const hostname = options.hostname ?? '127.0.0.1';
  const drainMs = options.drainMs ?? DRAIN_MS;
  return new Promise((resolveServer) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 3000, hostname },
      (info: AddressInfo) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        let closing: Promise<void> | undefined;
        resolveServer({
          url: `http://${shown}:${info.port}`,
          close: () =>
            (closing ??= new Promise<void>((done) => {
              const http = 'closeIdleConnections' in server ? server : undefined;
              // Idle keep-alive connections would hold the close open; busy ones finish first.
              const idle = setInterval(() => http?.closeIdleConnections(), 100);
              const cut = setTimeout(() => http?.closeAllConnections(), drainMs);
              server.close(() => {
                clearInterval(idle);
                clearTimeout(cut);
                void host.close().then(done, done);
              });
              http?.closeIdleConnections();
            })),
        });
      },
    );
  });
}

/**
 * Stops the server on SIGTERM and SIGINT (a supervisor's stop, Ctrl-C): no new connections,
 * requests in flight drained (bounded by {@link DRAIN_MS}), the database closed, then exit 0.
 *
 * @example
 * ```ts
 * stopOnSignals(await startServer(host, { port: 0 }));
 * ```
 */
export function stopOnSignals(
  server: RunningServer,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  const stop = () => {
    void server.close().then(
      () => {
        exit(0);
      },
      () => {
        exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
