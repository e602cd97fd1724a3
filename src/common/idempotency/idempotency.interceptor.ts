/**
 * Idempotency-Key (DOMAIN.md, Cross-cutting). The key row, the effect and the stored response commit in one
 * transaction: a retry replays the first response and changes nothing; the same key with another request is a 422;
 * a concurrent duplicate waits on the key's unique index until the first commits, then replays it.
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

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const IDEMPOTENCY_OPTIONS = 'coop:idempotency-options';

export interface IdempotentOptions {
  /** Body fields that do not enter the request hash (the same key with another value for them replays). */
  unhashedBodyFields?: readonly string[];
  /** Response fields given in the first response only, never stored for replays. */
  unstoredResponseFields?: readonly string[];
}

interface StoredResponse {
  request_hash: string;
  response_status: number;
  response_body: unknown;
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header('idempotency-key');
    const ctx = contextOf(request);
    const principal = ctx.principal;
    if (key === undefined || !principal) return next.handle();
    if (!KEY_PATTERN.test(key)) {
      throw new CommonError('VALIDATION_FAILED', 'Idempotency-Key must be 1 to 255 printable ASCII characters.', [
        { field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' },
      ]);
    }
    const options = this.reflector.get<IdempotentOptions | undefined>(IDEMPOTENCY_OPTIONS, context.getHandler()) ?? {};
    const caller = callerKey(principal);
    const requestHash = hashRequest(request, options.unhashedBodyFields ?? []);
    const status = this.successStatus(context, request);
    return from(
      this.tx.run(ctx, async ({ manager }) => {
        bindTransaction(request, manager);
        const inserted: unknown[] = await manager.query(
          `INSERT INTO idempotency_records (caller, key, request_hash, response_status)
           VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING RETURNING key`,
          [caller, key, requestHash],
        );
        if (inserted.length === 0) {
          const [stored]: StoredResponse[] = await manager.query(
            'SELECT request_hash, response_status, response_body FROM idempotency_records WHERE caller = $1 AND key = $2',
            [caller, key],
          );
          if (stored.request_hash !== requestHash) {
            throw new CommonError(
              'IDEMPOTENCY_KEY_REUSED',
              'This Idempotency-Key was already used for a different request; use a new key for a new request.',
            );
          }
          response.status(stored.response_status).setHeader('Idempotent-Replayed', 'true');
          return stored.response_body;
        }
        const body: unknown = await lastValueFrom(next.handle().pipe(defaultIfEmpty(undefined)));
        await manager.query(
          'UPDATE idempotency_records SET response_status = $3, response_body = $4 WHERE caller = $1 AND key = $2',
          [caller, key, status, body === undefined ? null : JSON.stringify(omit(body, options.unstoredResponseFields))],
        );
        return body;
      }),
    );
  }

  private successStatus(context: ExecutionContext, request: Request): number {
    const declared = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
    return declared ?? (request.method === 'POST' ? 201 : 200);
  }
}

function hashRequest(request: Request, unhashed: readonly string[]): string {
  const body: unknown = omit(request.body ?? null, unhashed);
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(body)}`)
    .digest('hex');
}

function omit(value: unknown, fields: readonly string[] | undefined): unknown {
  if (!fields?.length || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([field]) => !fields.includes(field)));
}

/** Marks a write route as accepting an Idempotency-Key header. */
export function Idempotent(options: IdempotentOptions = {}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENCY_OPTIONS, options),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422.',
    }),
    UseInterceptors(IdempotencyInterceptor),
  );
}
