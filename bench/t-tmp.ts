import { normalize } from '../src/nlu/normalize.js';

console.log(
  JSON.stringify(normalize('i buyed something on feb 29 this year, when i must pay by direct debit?')),
);
