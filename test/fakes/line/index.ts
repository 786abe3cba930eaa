// A local fake of LINE for end-to-end tests: the Messaging API, signed webhook requests carrying
// a user's events, what the user sees of the bot's messages, and `npm start` as a child process.
export { freePort, type LineBotProcess, startLineBot } from './bot-process.js';
export * from './fake-line.js';
export { button, buttonsOf, quickReplies, visibleText } from './inspect.js';
export { messageProblems, type Problem } from './validate.js';
