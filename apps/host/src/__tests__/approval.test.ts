import { describe } from 'vitest';
import { approvalSuite } from './approval-suite.js';
import { freshSchemaUrl } from './helpers.js';

approvalSuite('PGlite (in memory)', undefined);

const url = process.env.STYRKIT_TEST_DATABASE_URL;
const available = url !== undefined && url !== '';
describe.skipIf(!available)('PostgreSQL server', async () => {
  approvalSuite('PostgreSQL', available ? await freshSchemaUrl(url) : undefined);
});
