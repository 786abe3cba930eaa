import { storeContract } from './store-contract.js';
import { sqliteHarness } from './support/harness.js';

storeContract(sqliteHarness());
