/** Builds the configured Nest application; shared by main.ts, the tests and the OpenAPI generator. */
import type { ModuleMetadata } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule, type AppSettings } from './app.module.js';
import { assignRequestId, requestIdMiddleware } from './common/context/request-id.middleware.js';
import { createValidationPipe } from './common/errors/validation.js';
import { JSON_MEDIA_TYPE, routeTableOf } from './common/http/route-table.js';
import { createLogging } from './common/logging/logging.js';
import { rejectInvalidJsonBodies, rejectUnsupportedMediaTypes } from './common/validation/json-body.js';
import { setupSwagger } from './openapi/swagger.js';

/** `extraModules`: more modules to import at the root (tests plug in stand-ins for ports this way). */
export async function createApp(
  settings: AppSettings,
  extraModules: NonNullable<ModuleMetadata['imports']> = [],
): Promise<NestExpressApplication> {
  const root = AppModule.forRoot(settings);
  // First, so that their providers are found before the real ones (global modules are searched in import order).
  root.imports = [...extraModules, ...(root.imports ?? [])];
  const app = await NestFactory.create<NestExpressApplication>(root, APP_OPTIONS);
  return configureApp(app, settings);
}

/** The request on its log line (pino-http's serialised request: id, method, url, headers, remoteAddress...). */
function requestLogFields(req: { id: unknown; method: string; url: string; remoteAddress?: string }) {
  return { id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress };
}

function responseLogFields(res: { statusCode: number }) {
  return { statusCode: res.statusCode };
}

/** How the app is created: Nest's own body parser off (configureApp sets the JSON one with its size limit). */
export const APP_OPTIONS = { bufferLogs: true, bodyParser: false } as const;

/**
 * Logger, request id, helmet, CORS, body checks, validation and Swagger: the same for every way of creating the app.
 * The Express middleware run in the order written: the request id, security headers and CORS first, so that every
 * answer has them, also a problem raised by the body checks before Nest's pipeline (413, 415, malformed JSON).
 */
export function configureApp(app: NestExpressApplication, settings: AppSettings): NestExpressApplication {
  const logging = createLogging(
    {
      level: settings.config.logLevel,
      genReqId: assignRequestId,
      // What a line needs to find a request again, never its headers: every response header (helmet's, the rate
      // limits') made a line about 1.5 kB, and a request's headers carry its credentials.
      serializers: { req: requestLogFields, res: responseLogFields },
      customProps: () => ({ service: 'coop-api' }),
      // Probes hit /health every few seconds; their log lines would drown the rest.
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    },
    settings.logDestination,
  );
  app.useLogger(logging.nestLogger);
  // First of all middleware, so requests that a later one refuses (a body too large, invalid JSON) are logged too.
  app.use(logging.middleware);
  app.set('trust proxy', 'loopback');
  // Responses are dynamic JSON: hashing each body for an ETag costs CPU and saves clients nothing.
  app.set('etag', false);
  app.use(requestIdMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Swagger UI at /docs needs its own inline script and styles.
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'", 'https:'],
        },
      },
    }),
  );
  app.enableCors({ origin: settings.config.corsOrigins.length > 0 ? settings.config.corsOrigins : false });
  app.use(rejectUnsupportedMediaTypes(routeTableOf(app.get(ModulesContainer))));
  app.useBodyParser('json', { limit: settings.config.bodyLimit, type: JSON_MEDIA_TYPE });
  app.use(rejectInvalidJsonBodies);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setupSwagger(app);
  return app;
}
