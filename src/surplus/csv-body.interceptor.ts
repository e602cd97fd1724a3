/**
 * Reads a text/csv request body (the global parser reads JSON only), as an interceptor so it runs after the access
 * guard: an anonymous caller cannot make the server buffer a file. Declared below @Idempotent() on a route, it runs
 * before the idempotency interceptor, which then hashes the file with the request. UTF-8 only; at most
 * CSV_BODY_LIMIT bytes (PAYLOAD_TOO_LARGE beyond, UNSUPPORTED_MEDIA_TYPE for another content type).
 */
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { CommonError } from '../common/errors/common.errors.js';

export const CSV_BODY_LIMIT = 32 * 1024 * 1024;

@Injectable()
export class CsvBodyInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('text/csv')) {
      throw new CommonError('UNSUPPORTED_MEDIA_TYPE', 'Send the file with Content-Type: text/csv (UTF-8).');
    }
    const charset = /charset=([^;]+)/i
      .exec(request.headers['content-type'] ?? '')?.[1]
      ?.trim()
      .toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      throw new CommonError('UNSUPPORTED_MEDIA_TYPE', 'The CSV must be UTF-8.');
    }
    request.body = await readText(request);
    return next.handle();
  }
}

async function readText(request: Request): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > CSV_BODY_LIMIT) {
      request.unpipe();
      request.resume();
      throw new CommonError('PAYLOAD_TOO_LARGE', `The CSV is larger than ${CSV_BODY_LIMIT / 1024 / 1024} MB.`);
    }
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new CommonError('VALIDATION_FAILED', 'The CSV is not valid UTF-8.', [
      { field: 'body', message: 'must be UTF-8 text' },
    ]);
  }
}
