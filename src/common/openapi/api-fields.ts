/**
 * The field shapes of the contract, written once so every DTO says them the same way:
 * - `ApiInteger`: `type: integer` with its bounds (generators give Kotlin/Swift an Int, not a Double);
 * - `ApiMoney`: a decimal string with a `pattern`, never a JSON number, in the cooperative's currency at the
 *   bylaws' `minorUnitScale` decimals;
 * - `ApiUuid`, `ApiDate` (`YYYY-MM-DD`), `ApiDateTime` (RFC 3339, UTC);
 * - `ApiEnum`: an enum as a named, reusable schema in components (`enumName`), never an inline list.
 * Each takes the usual ApiProperty options (description, example, nullable…) and `required: false` for an optional
 * field. They document; validation stays with class-validator on the input DTOs.
 */
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

type Options = Omit<ApiPropertyOptions, 'type' | 'enum' | 'enumName' | 'format'> & { required?: boolean };

/** Non-negative money: `12`, `12.5`, `12.50`. The server answers with exactly the cooperative's scale. */
export const MONEY_PATTERN = '^\\d{1,16}(\\.\\d{1,6})?$';
/** Money that can be negative (a balance, a correction, a difference). */
export const SIGNED_MONEY_PATTERN = '^-?\\d{1,16}(\\.\\d{1,6})?$';
const MONEY_NOTE =
  'Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the ' +
  'bylaws’ minorUnitScale decimals.';

const join = (description: string | undefined, note: string) => (description ? `${description} ${note}` : note);

export const ApiInteger = (options: Options & { minimum?: number; maximum?: number } = {}) =>
  ApiProperty({ ...options, type: 'integer' });

export const ApiMoney = ({ signed = false, ...options }: Options & { signed?: boolean } = {}) =>
  ApiProperty({
    example: signed ? '-12.50' : '125.00',
    ...options,
    type: 'string',
    pattern: signed ? SIGNED_MONEY_PATTERN : MONEY_PATTERN,
    description: join(options.description, MONEY_NOTE),
  });

export const ApiUuid = (options: Options = {}) =>
  ApiProperty({
    example: '3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b',
    ...options,
    type: 'string',
    format: 'uuid',
  });

export const ApiDate = (options: Options = {}) =>
  ApiProperty({ example: '2026-03-31', ...options, type: 'string', format: 'date' });

export const ApiDateTime = (options: Options = {}) =>
  ApiProperty({
    example: '2026-03-31T09:30:00.000Z',
    ...options,
    type: 'string',
    format: 'date-time',
  });

/**
 * A named enum (PascalCase `name`, e.g. 'PaymentMethod'): one schema in components that every field with these
 * values refers to. `isArray` for a list of them.
 */
export const ApiEnum = (values: readonly string[], name: string, options: Options & { isArray?: boolean } = {}) =>
  ApiProperty({ ...options, enum: [...values], enumName: name });

/** A percentage as a decimal string, 0 to 100 with at most two decimals (`"12.5"`), as IsPercent validates it. */
export const PERCENT_PATTERN = '^\\d{1,3}(\\.\\d{1,2})?$';

export const ApiPercent = (options: Options = {}) =>
  ApiProperty({ example: '12.5', ...options, type: 'string', pattern: PERCENT_PATTERN });

/** A non-money decimal (a multiple, a ratio) as a string with up to `scale` decimals. */
export const ApiDecimal = ({ scale, ...options }: Options & { scale: number }) =>
  ApiProperty({ ...options, type: 'string', pattern: `^\\d{1,16}(\\.\\d{1,${scale}})?$` });
