import { adminSuite } from './admin-suite.js';

adminSuite('PGlite (in memory)', undefined);
