import { processSuite } from './processes.js';
import { sqliteHarness } from './support/harness.js';

processSuite(sqliteHarness());
