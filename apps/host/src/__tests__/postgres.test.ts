import { describe } from 'vitest';
import { adminSuite } from './admin-suite.js';
import { apiSuite } from './api-suite.js';
import { documentGrantsSuite } from './document-grants-suite.js';
import { documentResultsSuite } from './document-results-suite.js';
import { freshSchemaUrl } from './helpers.js';
import { hostileSuite } from './hostile-suite.js';
import { storeSuite } from './store-suite.js';
import { xlsxImportSuite } from './xlsx-import-suite.js';

// Runs the same storage suite on a real PostgreSQL server when CI provides one.
const url = process.env.STYRKIT_TEST_DATABASE_URL;
// Each run gets its own schema, so the server's database can be reused between runs; the admin,
// document-grant and XLSX suites count users and audit entries, so each gets a schema of its own.
const available = url !== undefined && url !== '';
describe.skipIf(!available)('PostgreSQL server', async () => {
  const fresh = async () => (available ? await freshSchemaUrl(url) : undefined);
  const shared = await fresh();
  storeSuite('PostgreSQL', shared);
  apiSuite('PostgreSQL', shared);
  adminSuite('PostgreSQL', await fresh());
  documentGrantsSuite('PostgreSQL', await fresh());
  xlsxImportSuite('PostgreSQL', await fresh());
  hostileSuite('PostgreSQL', await fresh());
  // Cached checks, tables and lists, also across two stores on one database (issue 18).
  documentResultsSuite('PostgreSQL', await fresh());
});
