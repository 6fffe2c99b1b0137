import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compression } from '../compression.js';

const big = { rows: Array.from({ length: 200 }, (_, i) => ({ id: `row-${i}`, amount: '45100' })) };

function app(): Hono {
  const a = new Hono();
  a.use('*', compression());
  a.get('/big', (c) => {
    c.header('ETag', '"3"');
    return c.json(big);
  });
  a.get('/small', (c) => c.json({ ok: true }));
  a.get('/xlsx', (c) => {
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(new Uint8Array(4096).fill(65).buffer);
  });
  a.get('/raw', (c) => {
    c.header('Cache-Control', 'no-transform');
    return c.json(big);
  });
  return a;
}

describe('response compression', () => {
  it('compresses JSON with brotli or gzip as the client asks, keeping the ETag strong', async () => {
    const text = JSON.stringify(big);
    const br = await app().request('/big', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('etag')).toBe('"3"');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.byteLength);
    expect(brotliDecompressSync(brBytes).toString()).toBe(text);
    expect(brBytes.byteLength).toBeLessThan(text.length / 5);
    const gz = await app().request('/big', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);
  });

  it('leaves small bodies, other types, no-transform and clients without gzip alone', async () => {
    const enc = { headers: { 'accept-encoding': 'gzip, br' } };
    for (const path of ['/small', '/xlsx', '/raw']) {
      const res = await app().request(path, enc);
      expect(res.headers.get('content-encoding')).toBeNull();
    }
    const plain = await app().request('/big');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(big);
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('reads Accept-Encoding with q-values', () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeUndefined();
  });
});
