import { storeSuite } from './store-suite.js';

storeSuite('PGlite (in memory)', undefined);
