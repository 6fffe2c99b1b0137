import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import type { Host } from './host.js';

/** A listening server. */
export interface RunningServer {
  /** The base URL, e.g. http://127.0.0.1:3000. */
  readonly url: string;
  /** Stops accepting connections and closes the host. */
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
  options: AppOptions & { port?: number; hostname?: string } = {},
): Promise<RunningServer> {
  const app = createApp(host.store, host.users, options);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolveServer) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 3000, hostname },
      (info: AddressInfo) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolveServer({
          url: `http://${shown}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => {
                void host.close().then(done, done);
              });
            }),
        });
      },
    );
  });
}
