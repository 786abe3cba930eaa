// The log: one JSON line per event on stderr (pino), `{"level":"info","time":…,"message":…, …}`.
// Everything logs through the small `Logger` interface below, so that adapters and tests need
// not know pino. Rules: a message is a fixed phrase (what happened), details go in `context`;
// never a secret and never a user's text. Tokens that slip into a message are masked anyway.
import pino from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export type LogContext = Record<string, unknown>;

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  /** Something went wrong that the program handled (a retry, a fallback); nobody was let down. */
  warn(message: string, context?: LogContext): void;
  /** Someone or something was let down (an apology sent, a reminder failed for good). */
  error(message: string, context?: LogContext): void;
}

/** Masks anything shaped like a credential: Slack and Discord tokens, a password in a URL. */
export function redactSecrets(text: string): string {
  return text
    .replace(/\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g, '$1-***')
    .replace(/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}\b/g, '***')
    .replace(/\b(Bot|Bearer) [A-Za-z0-9._~+/=-]{16,}/g, '$1 ***')
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi, '$1***@');
}

/** Keys whose values are never written, at any depth pino looks (top level and one below). */
const SECRET_KEYS = ['token', 'password', 'secret', 'authorization', 'signingSecret', 'accessToken'];

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; default stderr, written synchronously so that the last lines survive a crash. */
  destination?: pino.DestinationStream;
}

export function createLogger({ level = 'info', destination }: LoggerOptions = {}): Logger {
  const logger = pino(
    {
      level,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError },
      redact: {
        paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`)],
        censor: '***',
      },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
  const write =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, context?: LogContext): void => {
      if (!logger.isLevelEnabled(method)) return;
      if (context) logger[method](maskStrings(context), redactSecrets(message));
      else logger[method](redactSecrets(message));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A logger that drops everything (the `ask` CLI, unit tests). */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};

/**
 * The context with strings masked. A context's own `message` (an error describer's) becomes
 * `detail`: the line's message is the `message` key, and JSON with the key twice keeps only one.
 */
function maskStrings(context: LogContext): LogContext {
  const masked: LogContext = {};
  for (const [key, value] of Object.entries(context))
    masked[key === 'message' ? 'detail' : key] = typeof value === 'string' ? redactSecrets(value) : value;
  return masked;
}

/** An error as a log field: its kind, code and message (masked), and the stack for our own bugs. */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactSecrets(error) : error;
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: redactSecrets(error.message).slice(0, 500),
    ...(error.stack ? { stack: redactSecrets(error.stack).split('\n').slice(0, 8).join('\n') } : {}),
  };
}
