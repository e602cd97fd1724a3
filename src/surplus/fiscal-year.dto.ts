import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsCalendarDate, IsSingleLineText } from '../membership/member.validators.js';

import {
  ApiDate,
  ApiDateTime,
  ApiDecimal,
  ApiEnum,
  ApiInteger,
  ApiMoney,
  ApiUuid,
  MONEY_PATTERN,
} from '../common/openapi/api-fields.js';
export const LABEL_MAX = 40;
export const REFERENCE_MAX = 200;
/** JSON imports are also bounded by the body limit (1 MB by default); larger files go through the CSV import. */
export const IMPORT_JSON_MAX_ROWS = 50_000;
export const IMPORT_MODES = ['add', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

const present = (_: object, value: unknown) => value !== null && value !== undefined;

// ---------------------------------------------------------------------------------------------------------------
// Requests

export class FiscalYearCreateDto {
  @ApiDate({ example: '2024-01-01', description: 'First day of the year (included).' })
  @IsCalendarDate()
  startDate: string;

  @ApiDate({
    example: '2024-12-31',
    description: 'Last day (included); at most 731 days after the first. Years of a cooperative never overlap.',
  })
  @IsCalendarDate()
  endDate: string;

  @ApiPropertyOptional({
    maxLength: LABEL_MAX,
    example: '2024',
    description: "Default: the calendar year ('2024') or 'start/end'. Unique in the cooperative.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(LABEL_MAX)
  @IsSingleLineText()
  label?: string;
}

export class NetSurplusDto {
  @ApiMoney({
    signed: true,
    example: '12500.00',
    description:
      "The year's net surplus from the accounts, with at most the currency's decimals; negative for a loss " +
      '(which distributes nothing).',
  })
  @IsString()
  @Matches(/^-?\d{1,16}(\.\d{1,4})?$/, { message: 'netSurplus must be a decimal string such as "12500.00"' })
  netSurplus: string;

  @ApiPropertyOptional({
    maxLength: REFERENCE_MAX,
    example: 'Audited accounts 2024, statement of income',
    description: 'Where the figure comes from.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  reference?: string;
}

export class PatronageRecordDto {
  @ApiDecimal({
    scale: 4,
    required: false,
    nullable: true,
    example: '1200.5',
    description: 'Quantity (kg delivered, hours worked...), at most 4 decimals.',
  })
  @ValidateIf(present)
  @Matches(/^\d{1,16}(\.\d{1,4})?$/, { message: 'quantity must be a decimal string >= 0 with at most 4 decimals' })
  quantity?: string | null;

  @ApiMoney({
    required: false,
    nullable: true,
    example: '3100.00',
    description: "Value in money, at most the currency's decimals.",
  })
  @ValidateIf(present)
  @Matches(/^\d{1,16}(\.\d{1,4})?$/, { message: 'value must be a decimal string >= 0' })
  value?: string | null;
}

export class PatronageImportDto {
  @ApiEnum(IMPORT_MODES, 'PatronageImportMode', {
    required: false,
    default: 'add',
    description: "'add': members already recorded for the year are errors. 'replace': the year's records are replaced.",
  })
  @IsOptional()
  @IsIn(IMPORT_MODES)
  mode?: ImportMode;

  @ApiProperty({
    type: 'array',
    maxItems: IMPORT_JSON_MAX_ROWS,
    items: {
      type: 'object',
      required: ['memberNumber'],
      properties: {
        memberNumber: { type: 'integer', minimum: 1 },
        quantity: { type: 'string', nullable: true, example: '1200.5', pattern: '^\\d{1,16}(\\.\\d{1,4})?$' },
        value: { type: 'string', nullable: true, example: '3100.00', pattern: MONEY_PATTERN },
      },
    },
    description: 'Row N is the Nth element. Each row is checked; one bad row rejects the whole import.',
  })
  @IsArray()
  @ArrayMaxSize(IMPORT_JSON_MAX_ROWS)
  records: unknown[];
}

export class PatronageImportQueryDto {
  @ApiEnum(IMPORT_MODES, 'PatronageImportMode', { required: false, default: 'add' })
  @IsOptional()
  @IsIn(IMPORT_MODES)
  mode?: ImportMode;
}

export class FiscalYearListQueryDto extends PageQueryDto {}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class FiscalYearResponseDto {
  @ApiUuid()
  id: string;

  @ApiProperty({ example: '2024' })
  label: string;

  @ApiDate()
  startDate: string;

  @ApiDate()
  endDate: string;

  @ApiInteger({
    minimum: 365,
    maximum: 366,
    description: 'Days of the twelve months ending on the last day (interest basis): 365 or 366.',
  })
  daysInYear: number;

  @ApiMoney({ signed: true, nullable: true, example: '12500.00', description: 'Null until entered.' })
  netSurplus: string | null;

  @ApiProperty({ type: String, nullable: true })
  netSurplusReference: string | null;

  @ApiDateTime({ nullable: true })
  netSurplusEnteredAt: string | null;

  @ApiProperty({
    description:
      'True while a plan of the year is proposed, approved or executed: the surplus and patronage are frozen.',
  })
  inputsLocked: boolean;

  @ApiDateTime()
  createdAt: string;
}

export class FiscalYearPageDto extends PageDto(FiscalYearResponseDto) {}

export class PatronageRecordResponseDto {
  @ApiUuid()
  memberId: string;

  @ApiInteger({ minimum: 1 })
  memberNumber: number;

  @ApiDecimal({ scale: 4, nullable: true, example: '1200.5' })
  quantity: string | null;

  @ApiMoney({ nullable: true, example: '3100.00' })
  value: string | null;

  @ApiDateTime()
  recordedAt: string;
}

export class PatronagePageDto extends PageDto(PatronageRecordResponseDto) {}

export class PatronageImportResultDto {
  @ApiInteger({ minimum: 0, description: 'Records written.' })
  imported: number;

  @ApiInteger({ minimum: 0, description: "Records removed first ('replace')." })
  replaced: number;

  @ApiDecimal({ scale: 4, example: '15400.5', description: 'Sum of the imported quantities.' })
  quantityTotal: string;

  @ApiMoney({ example: '48210.00', description: 'Sum of the imported values.' })
  valueTotal: string;
}
