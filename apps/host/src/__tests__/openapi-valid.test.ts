import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { discoverPlugins } from '../plugins.js';
import { openTestStore } from './helpers.js';

// An outside validator (@apidevtools/swagger-parser: the OpenAPI 3.1 schema, then every $ref
// resolved) must accept /api/openapi.json with no error.
describe('the OpenAPI description', () => {
  it.each([
    ['the test plugin', false],
    ['every workspace plugin', true],
  ])(
    'validates with @apidevtools/swagger-parser (%s): 0 errors, every $ref resolves',
    async (_, all) => {
      const { db, store, users } = await openTestStore(
        undefined,
        ...(all ? [await discoverPlugins()] : []),
      );
      try {
        const app = createApp(store, users);
        const spec = (await (await app.request('/api/openapi.json')).json()) as Record<
          string,
          unknown
        >;
        let error = '';
        try {
          await SwaggerParser.validate(structuredClone(spec) as never);
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
        expect(error).toBe('');
        const keys = Object.keys((spec.components as { schemas: object }).schemas);
        expect(keys.filter((k) => !/^[A-Za-z0-9._-]+$/.test(k))).toEqual([]);
      } finally {
        await db.close();
      }
    },
  );
});
