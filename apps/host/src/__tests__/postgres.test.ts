import { describe } from 'vitest';
import { apiSuite } from './api-suite.js';
import { freshSchemaUrl } from './helpers.js';
import { storeSuite } from './store-suite.js';

// Runs the same storage suite on a real PostgreSQL server when CI provides one.
const url = process.env.STYRKIT_TEST_DATABASE_URL;
// Each run gets its own schema, so the server's database can be reused between runs.
const available = url !== undefined && url !== '';
describe.skipIf(!available)('PostgreSQL server', async () => {
  const fresh = available ? await freshSchemaUrl(url) : undefined;
  storeSuite('PostgreSQL', fresh);
  apiSuite('PostgreSQL', fresh);
});
