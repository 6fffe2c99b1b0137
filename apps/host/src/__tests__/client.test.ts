import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import type { paths } from '../generated/api.js';
import { GENERATED_TYPES, generateClientTypes } from '../openapi-client.js';
import { discoverPlugins } from '../plugins.js';
import { openTestStore, uid } from './helpers.js';

describe('the generated client', () => {
  it('src/generated/api.ts is what the OpenAPI description generates (no drift)', async () => {
    // Regenerate with: pnpm --filter @styrkit/host generate:client
    expect(readFileSync(GENERATED_TYPES, 'utf8')).toBe(await generateClientTypes());
  });

  describe('calls the host with openapi-fetch over the generated types', () => {
    let db: Database;
    let client: ReturnType<typeof createClient<paths>>;

    beforeAll(async () => {
      const t = await openTestStore(undefined, await discoverPlugins());
      db = t.db;
      const app = createApp(t.store, t.users);
      await t.users.create({ username: 'ed', password: 'editor-password-1', role: 'editor' }, 't');
      const token = await t.users.createToken('ed', 'client', 't');
      client = createClient<paths>({
        baseUrl: 'http://localhost',
        headers: { authorization: `Bearer ${token}` },
        fetch: (request) => Promise.resolve(app.request(request)),
      });
    });
    afterAll(async () => {
      await db.close();
    });

    it('lists kinds, creates a document and reads its versions with typed paths', async () => {
      const health = await client.GET('/api/health');
      expect(health.response.status).toBe(200);
      const id = uid('client');
      const created = await client.POST('/api/kinds/{plugin}/{kind}/documents', {
        params: { path: { plugin: 'governance', kind: 'forum-set' } },
        body: { id, document: { forums: [] } } as never,
      });
      expect([201, 422]).toContain(created.response.status);
      const listed = await client.GET('/api/kinds/{plugin}/{kind}/documents', {
        params: { path: { plugin: 'pm3', kind: 'objektplan' }, query: { limit: 5 } },
      });
      expect(listed.response.status).toBe(200);
      const refused = await client.GET('/api/kinds/{plugin}/{kind}/documents', {
        params: { path: { plugin: 'pm3', kind: 'objektplan' }, query: { limit: -1 } },
      });
      expect(refused.response.status).toBe(400);
      expect(refused.error).toMatchObject({
        error: { findings: [{ code: 'host/invalid-request' }] },
      });
    });
  });
});
