/**
 * Idempotency-Key (DOMAIN.md, Cross-cutting; draft-ietf-httpapi-idempotency-key-header). The key's claim, its record,
 * the effect and the stored response share one transaction: a retry replays the first response and changes nothing;
 * the same key with another request is a 422; a duplicate that arrives while the first is still running is answered
 * 409 IDEMPOTENCY_KEY_IN_USE at once (Retry-After: 1), not after waiting for it. Keys are scoped to the caller and
 * remembered for the configured retention; an older key is new again (idempotency.sweeper.ts deletes the records).
 * The fingerprint is method, path and the body as canonical JSON, so the members' order does not matter.
 *
 * Secrets (a secret ballot): `unhashedBodyFields` are left out of the stored request hash (a hash of one of three
 * possible votes is no secret), and `unstoredResponseFields` are returned once and never stored (a receipt code
 * kept next to the caller would link voter and vote). A replay omits them.
 */
import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { defaultIfEmpty, from, lastValueFrom, type Observable } from 'rxjs';
import { TransactionHelper } from '../../database/transaction.js';
import { callerKey } from '../context/principal.js';
import { bindTransaction, contextOf } from '../context/request-context.js';
import { CommonError } from '../errors/common.errors.js';
import { canonicalJson } from './canonical-json.js';
import { keyHeaderDescription } from './idempotency.openapi.js';
import {
  findLiveRecord,
  startRecord,
  type StoredResponse,
  storeResponse,
  tryClaimKey,
} from './idempotency.repository.js';
import { IDEMPOTENCY_SETTINGS, type IdempotencySettings } from './idempotency.settings.js';

/** 1 to 255 printable ASCII characters, no space (what the contract documents as the header's pattern). */
export const KEY_PATTERN = '^[!-~]{1,255}$';
const KEY = new RegExp(KEY_PATTERN);
const IDEMPOTENCY_OPTIONS = 'coop:idempotency-options';
/** What a duplicate of a request still running is told to wait: most writes take milliseconds. */
const IN_USE_RETRY_AFTER_SECONDS = 1;

export interface IdempotentOptions {
  /** Body fields that do not enter the request hash (the same key with another value for them replays). */
  unhashedBodyFields?: readonly string[];
  /** Response fields given in the first response only, never stored for replays. */
  unstoredResponseFields?: readonly string[];
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly reflector: Reflector,
    @Inject(IDEMPOTENCY_SETTINGS) private readonly settings: IdempotencySettings,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header('idempotency-key');
    const ctx = contextOf(request);
    const principal = ctx.principal;
    if (key === undefined || !principal) return next.handle();
    if (!KEY.test(key)) {
      throw new CommonError(
        'VALIDATION_FAILED',
        'Idempotency-Key must be 1 to 255 printable ASCII characters, no space.',
        [{ field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters, no space' }],
      );
    }
    const options = this.reflector.get<IdempotentOptions | undefined>(IDEMPOTENCY_OPTIONS, context.getHandler()) ?? {};
    const caller = callerKey(principal);
    const requestHash = hashRequest(request, options.unhashedBodyFields ?? []);
    const status = this.successStatus(context, request);
    return from(
      this.tx.run(ctx, async ({ manager }) => {
        bindTransaction(request, manager);
        const record = { caller, key, requestHash, retentionHours: this.settings.retentionHours };
        // Claimed: the key is this request's until it commits, and a record found is a completed one to replay.
        // Not claimed: another request holds the key; replay its record when committed, else the key is in use.
        const claimed = await tryClaimKey(manager, caller, key);
        const stored = claimed ? await startRecord(manager, record) : await findLiveRecord(manager, record);
        if (stored) return replay(stored, requestHash, response);
        if (!claimed) {
          throw new CommonError(
            'IDEMPOTENCY_KEY_IN_USE',
            'A request with this Idempotency-Key is still being processed; retry after Retry-After seconds to get ' +
              'its response.',
            undefined,
            { retryAfterSeconds: IN_USE_RETRY_AFTER_SECONDS },
          );
        }
        const body: unknown = await lastValueFrom(next.handle().pipe(defaultIfEmpty(undefined)));
        await storeResponse(manager, caller, key, { status, body: omit(body, options.unstoredResponseFields) });
        return body;
      }),
    );
  }

  private successStatus(context: ExecutionContext, request: Request): number {
    const declared = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
    return declared ?? (request.method === 'POST' ? 201 : 200);
  }
}

/** The first response again, with Idempotent-Replayed; a 422 when the key was used for another request. */
function replay(stored: StoredResponse, requestHash: string, response: Response): unknown {
  if (stored.requestHash !== requestHash) {
    throw new CommonError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    );
  }
  response.status(stored.status).setHeader('Idempotent-Replayed', 'true');
  return stored.body;
}

/** sha256 of method, path and the body as canonical JSON (the members' order does not change it). */
function hashRequest(request: Request, unhashed: readonly string[]): string {
  const body: unknown = omit(request.body ?? null, unhashed);
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${canonicalJson(body)}`)
    .digest('hex');
}

function omit(value: unknown, fields: readonly string[] | undefined): unknown {
  if (!fields?.length || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([field]) => !fields.includes(field)));
}

/**
 * Marks a write route as accepting an Idempotency-Key header, and says so in the contract: the header, the
 * Idempotent-Replayed header of its success responses, and the 400/409/422 problems the key can bring. Place it above
 * the route's success response decorator (ApiOkResponse, ApiCreatedResponse...), whose entry it amends.
 */
export function Idempotent(options: IdempotentOptions = {}): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENCY_OPTIONS, options),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: keyHeaderDescription(options),
      schema: { type: 'string', pattern: KEY_PATTERN, minLength: 1, maxLength: 255 },
    }),
    UseInterceptors(IdempotencyInterceptor),
  );
}
