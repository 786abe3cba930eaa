// A local fake of Slack for end-to-end tests and benchmarks: a Web API server, signed requests
// to the bot's /slack/events, payloads from recorded fixtures, and `npm start` as a child process.
export { type BotProcess, freePort, type StartBotOptions, startBot } from './bot-process.js';
export {
  type BurstOptions,
  type BurstReply,
  type BurstRequest,
  commandRequest,
  eventRequest,
  sendBurst,
} from './burst.js';
export { type FakeSocketMode, type SocketModeAck, startFakeSocketMode } from './fake-socket-mode.js';
export {
  FAKE_IDENTITY,
  type Failure,
  type FakeSlackApi,
  type FakeSlackApiOptions,
  type RecordedCall,
  startFakeSlackApi,
} from './fake-web-api.js';
export { actionIdOf, buttonsOf, visibleText } from './inspect.js';
export * from './payloads.js';
export * from './signed-requests.js';
export { type SlackSink, startSlackSink } from './sink-process.js';
