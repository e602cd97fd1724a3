/**
 * Keyset pagination: a page is "the next `limit` rows after this key", never OFFSET, so page 10,000 of a
 * million-member register costs what page 1 costs. The cursor is the last row's sort key, opaque to clients.
 */
import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CommonError } from '../errors/common.errors.js';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** How many rows a page holds: the lists' `limit`, and the change feed's, which pages by `after` instead. */
export class PageLimitQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;
}

export class PageQueryDto extends PageLimitQueryDto {
  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (opaque; refused if altered).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/**
 * The response DTO of a page of `item`, for the contract: `class MemberPageDto extends PageDto(MemberResponseDto) {}`
 * (the subclass names the schema; a page with more members declares them in its body).
 */
export function PageDto<T>(item: Class<T> | StringConstructor, description?: string): Class<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item], ...(description === undefined ? {} : { description }) })
    items: T[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
    nextCursor: string | null;
  }
  return PageOfItems;
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor into exactly `arity` keys of the expected types, or refuses it with INVALID_CURSOR. */
export function decodeCursor(cursor: string, types: readonly ('string' | 'number')[]): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid = Array.isArray(key) && key.length === types.length && key.every((value, i) => typeof value === types[i]);
  if (!valid) invalidCursor();
  return key as (string | number)[];
}

export function invalidCursor(): never {
  throw new CommonError('INVALID_CURSOR', 'The cursor is not one this API issued for this list.');
}

/** Rows were fetched with `limit + 1`: the extra row only says whether a next page exists. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => (string | number)[],
  map: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
