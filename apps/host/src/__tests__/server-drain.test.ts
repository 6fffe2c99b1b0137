import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openHost } from '../host.js';
import { startServer } from '../server.js';
import demo from './fixtures/plugin.js';

/** Sends the start of a request whose body is not finished yet: a request in flight. */
function halfRequest(
  url: string,
  rest: string,
): Promise<{ socket: Socket; answer: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /api/session HTTP/1.1\r\nHost: ${hostname}:${port}\r\ncontent-type: application/json\r\ncontent-length: ${String(rest.length + 1)}\r\n\r\n{`,
      );
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      const answer = new Promise<string>((done) =>
        socket.on('close', () => {
          done(text);
        }),
      );
      resolve({ socket, answer });
    });
  });
}

function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => {
      resolve(true);
    });
  });
}

// SIGTERM and SIGINT call close(): stop accepting, drain what is in flight (bounded), close the
// database (issue 14, item 4).
describe('graceful stop', () => {
  it('stops accepting, lets a request in flight finish, then closes the database', async () => {
    const host = await openHost({ plugins: [demo] });
    const server = await startServer(host, { port: 0, drainMs: 10_000 });
    const rest = '"username":"nobody","password":"wrong-password"}';
    const { socket, answer } = await halfRequest(server.url, rest);
    await new Promise((r) => setTimeout(r, 100));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(await refused(server.url)).toBe(true);
    expect(closed).toBe(false); // still draining the request in flight
    socket.write(rest);
    expect(await answer).toMatch(/^HTTP\/1\.1 401/);
    await closing;
    expect(closed).toBe(true);
    await expect(host.db.query('SELECT 1')).rejects.toThrow();
  });

  it('cuts a request that does not finish within the drain limit', async () => {
    const host = await openHost({ plugins: [demo] });
    const server = await startServer(host, { port: 0, drainMs: 300 });
    const { answer } = await halfRequest(server.url, '"never":"sent"}');
    const start = performance.now();
    await server.close();
    expect(performance.now() - start).toBeLessThan(5_000);
    await answer; // the connection was cut
  });
});
