// The bare-framework baseline: Hono on @hono/node-server answering a small JSON body, no
// database, no auth. Prints its address like the host does.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
const body = { ok: true, rows: [{ a: '45100', b: '1.5' }] };
app.get('/bare', (c) => c.json(body));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`Listening on http://127.0.0.1:${info.port}`);
});
