import { documentResultsSuite } from './document-results-suite.js';

documentResultsSuite('PGlite (in memory)', undefined);
