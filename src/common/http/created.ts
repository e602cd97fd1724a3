/**
 * A 201 says where the new resource lives: `@Created(MemberResponseDto, '/v1/cooperatives/{cooperativeId}/members/{id}')`
 * answers `Location` with the template filled from the request's path parameters, then from the answer's fields
 * (`{id}` is the new resource's id), and documents the 201 with that header. The template is the path of the GET
 * that reads the resource back; the contract test checks that it names a GET of the document.
 */
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  HttpCode,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  type Type,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiCreatedResponse, ApiExtension } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';

const LOCATION_TEMPLATE = 'coop:location-template';
export const LOCATION_EXTENSION = 'x-location';

/**
 * The template with `{name}` taken from `params`, then from `body`; a dotted name (`{entry.id}`) is a path into the
 * answer only. Undefined when a value is missing.
 */
export function fillLocation(
  template: string,
  params: Readonly<Record<string, unknown>>,
  body: unknown,
): string | undefined {
  let missing = false;
  const path = template.replace(/\{(\w+(?:\.\w+)*)\}/g, (_whole, name: string) => {
    const inBody = name
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | null | undefined)?.[key], body);
    const value = name.includes('.') ? inBody : (params[name] ?? inBody);
    if (typeof value !== 'string' && typeof value !== 'number') {
      missing = true;
      return '';
    }
    return encodeURIComponent(String(value));
  });
  return missing ? undefined : path;
}

@Injectable()
export class LocationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const template = this.reflector.get<string | undefined>(LOCATION_TEMPLATE, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const location = template && fillLocation(template, request.params, body);
        if (location && response.statusCode === 201) response.setHeader('Location', location);
        return body;
      }),
    );
  }
}

export const Created = (type: Type<unknown>, location: string, description = 'Created.') =>
  applyDecorators(
    HttpCode(201),
    SetMetadata(LOCATION_TEMPLATE, location),
    UseInterceptors(LocationInterceptor),
    ApiExtension(LOCATION_EXTENSION, location),
    ApiCreatedResponse({
      type,
      description,
      headers: {
        Location: { description: `Where the new resource is read: ${location}.`, schema: { type: 'string' } },
      },
    }),
  );
