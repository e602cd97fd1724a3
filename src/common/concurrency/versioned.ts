/**
 * Optimistic concurrency for the things people edit (bylaws, a member's record, an assembly, a ballot or plan
 * draft): their single-resource GET answers `ETag: "<version>"`, and the write that edits them (PATCH, PUT, or the
 * POST that recomputes a draft plan) accepts `If-Match` with that tag. A stale tag is a 412 PRECONDITION_FAILED and changes nothing, so two secretaries editing the same record cannot
 * overwrite each other unseen. Without If-Match the write goes through as before (last write wins), so existing
 * clients keep working.
 *
 * - `@Versioned()` on the GET and on the write: sets ETag from the answer's `version` and documents it (and, on a
 *   write, the If-Match header and the 412).
 * - `@IfMatch()` hands the handler the expected version (undefined for no header or `*`); the service compares it,
 *   under the row's lock, with `assertVersion`.
 * The version is the resource's own counter (a column that every change increments), not a hash of the body.
 */
import {
  applyDecorators,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { CommonError } from '../errors/common.errors.js';

export const VERSIONED_EXTENSION = 'x-versioned';

/** `"7"`: a strong entity tag of the version. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * The version an If-Match header asks for: undefined for none or `*`; one strong tag `"7"`. A list of tags, a weak
 * tag (W/"7": weak comparison never matches for If-Match, RFC 9110 §13.1.1) or anything else is 412: the client did
 * not send the tag this resource gave it.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw stale(`If-Match must be the ETag this resource answered (e.g. "3"), not ${header.slice(0, 40)}.`);
  return Number(match[1]);
}

/** Refuses the write when the client read another version than the one stored now. */
export function assertVersion(expected: number | undefined, current: number): void {
  if (expected !== undefined && expected !== current) {
    throw stale(`The resource changed since it was read: version ${current} now, If-Match named ${expected}.`);
  }
}

const stale = (message: string) => new CommonError('PRECONDITION_FAILED', message);

export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<Request>().header('if-match')),
);

@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { version?: unknown } | null)?.version;
        if (typeof version === 'number') response.setHeader('ETag', etagOf(version));
        return body;
      }),
    );
  }
}

export const Versioned = () =>
  applyDecorators(UseInterceptors(ETagInterceptor), ApiExtension(VERSIONED_EXTENSION, true));
