/**
 * Idempotency-Key (DOMAIN.md, Cross-cutting). The key row, the effect and the stored response commit in one
 * transaction: a retry replays the first response and changes nothing; the same key with another request is a 422;
 * a concurrent duplicate waits on the key's unique index until the first commits, then replays it.
 */
import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { defaultIfEmpty, from, lastValueFrom, type Observable } from 'rxjs';
import { TransactionHelper } from '../../database/transaction.js';
import { callerKey } from '../context/principal.js';
import { currentContext } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

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
    const principal = currentContext().principal;
    if (key === undefined || !principal) return next.handle();
    if (!KEY_PATTERN.test(key)) {
      throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1 to 255 printable ASCII characters.', [
        { field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' },
      ]);
    }
    const caller = callerKey(principal);
    const requestHash = hashRequest(request);
    const status = this.successStatus(context, request);
    return from(
      this.tx.run(async (manager) => {
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
            throw new DomainError(
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
          [caller, key, status, body === undefined ? null : JSON.stringify(body)],
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

function hashRequest(request: Request): string {
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/** Marks a write route as accepting an Idempotency-Key header. */
export function Idempotent(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422.',
    }),
    UseInterceptors(IdempotencyInterceptor),
  );
}
