/**
 * Structured JSON logs on stdout (pino): pino-http writes one line per request with its id, and inside a request
 * every Nest `Logger` call goes through that request's child logger, so its lines carry the same id. The request's
 * logger travels in an AsyncLocalStorage: the one ambient value the app has, for log correlation only (STYLE.md).
 * This is the part of nestjs-pino the app used; its releases for NestJS 12 require Node 22, and the app runs on 20.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import type { DestinationStream, Level, Logger as PinoLogger } from 'pino';
import { pinoHttp, type Options } from 'pino-http';

export type HttpLoggingOptions = Options<IncomingMessage, ServerResponse>;

export interface Logging {
  /** The logger Nest's own `Logger` instances write to: `app.useLogger(logging.nestLogger)`. */
  nestLogger: LoggerService;
  /** The first Express middleware: logs the request, then runs the rest of it with the request's logger bound. */
  middleware: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

const requestLogger = new AsyncLocalStorage<PinoLogger>();

/** `destination`: where the lines go (stdout when omitted); tests pass a stream to read them. */
export function createLogging(options: HttpLoggingOptions, destination?: DestinationStream): Logging {
  const http = destination ? pinoHttp(options, destination) : pinoHttp(options);
  const root = http.logger;
  return {
    nestLogger: new NestPinoLogger(() => requestLogger.getStore() ?? root),
    middleware: (req, res, next) => http(req, res, () => requestLogger.run(req.log, next)),
  };
}

/**
 * Nest's LoggerService contract on pino: Nest passes the logger's context (the name given to `new Logger(name)`)
 * as the last argument, and its exception handlers call `error(message, stack, context)`. A first argument that is
 * an object becomes the line's fields (an Error its `err`), the next one its message: `logger.error({ err }, 'msg')`.
 */
class NestPinoLogger implements LoggerService {
  constructor(private readonly current: () => PinoLogger) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const logger = this.current();
    if (!logger.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = typeof rest.at(-1) === 'string' ? { context: rest.pop() } : {};
    if (typeof message === 'object' && message !== null) {
      if (message instanceof Error) fields.err = message;
      else Object.assign(fields, message);
      const [text, ...args] = rest;
      if (typeof text === 'string') logger[level](fields, text, ...args);
      else logger[level](fields);
      return;
    }
    if (level === 'error' && rest.length === 1 && typeof rest[0] === 'string' && /\n\s*at /.test(rest[0])) {
      const err = new Error(String(message));
      err.stack = rest[0];
      logger[level]({ ...fields, err }, String(message));
      return;
    }
    logger[level](fields, String(message), ...rest);
  }
}
