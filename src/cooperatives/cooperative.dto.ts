import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDecimalString, IsPercent } from '../common/validation/decimal.validators.js';
import { DEFAULT_BYLAWS, MAJORITIES, type Majority, REFUND_MODES, type RefundMode } from './bylaws.rules.js';
import { PageDto } from '../common/pagination/pagination.js';
import {
  ApiDateTime,
  ApiDecimal,
  ApiEnum,
  ApiInteger,
  ApiMoney,
  ApiPercent,
  ApiUuid,
} from '../common/openapi/api-fields.js';

const d = DEFAULT_BYLAWS;
const nullable = (_: object, value: unknown) => value !== null;

/** Every bylaw with its range; used whole in responses and as optional fields in create/update. */
export class BylawsDto {
  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code. Fixed at creation.', default: d.currency })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code like EUR' })
  currency: string;

  @ApiInteger({
    minimum: 0,
    maximum: 4,
    default: d.minorUnitScale,
    description: 'Decimals of the minor unit. Fixed at creation.',
  })
  @IsInt()
  @Min(0)
  @Max(4)
  minorUnitScale: number;

  @ApiMoney({ example: '10.00', default: d.shareParValue, description: 'Par value of one share.' })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  shareParValue: string;

  @ApiInteger({ minimum: 1, maximum: 1000000, default: d.minSharesForMembership })
  @IsInt()
  @Min(1)
  @Max(1000000)
  minSharesForMembership: number;

  @ApiProperty({
    default: d.admissionRequiresPaidShares,
    description: 'Admission needs the minimum shares paid, not only subscribed.',
  })
  @IsBoolean()
  admissionRequiresPaidShares: boolean;

  @ApiInteger({
    nullable: true,
    minimum: 1,
    default: d.maxSharesPerMember,
    description: 'Null: no cap.',
  })
  @ValidateIf(nullable)
  @IsInt()
  @Min(1)
  @Max(1000000000)
  maxSharesPerMember: number | null;

  @ApiPercent({
    nullable: true,
    example: '10',
    default: d.maxCapitalPercentPerMember,
    description: 'Null: no cap.',
  })
  @ValidateIf(nullable)
  @IsPercent()
  maxCapitalPercentPerMember: string | null;

  @ApiPercent({ example: '50', default: d.quorumPercent, description: 'Default quorum, % of the electorate.' })
  @IsPercent()
  quorumPercent: string;

  @ApiInteger({
    nullable: true,
    minimum: 1,
    default: d.quorumAbsolute,
    description: 'When set, replaces the % quorum.',
  })
  @ValidateIf(nullable)
  @IsInt()
  @Min(1)
  quorumAbsolute: number | null;

  @ApiEnum(MAJORITIES, 'Majority', { default: d.defaultMajority })
  @IsIn(MAJORITIES)
  defaultMajority: Majority;

  @ApiInteger({ minimum: 0, maximum: 100, default: d.maxProxiesPerMember })
  @IsInt()
  @Min(0)
  @Max(100)
  maxProxiesPerMember: number;

  @ApiProperty({ default: d.votingRequiresPaidShares, description: 'Voting condition: minimum shares fully paid.' })
  @IsBoolean()
  votingRequiresPaidShares: boolean;

  @ApiInteger({
    minimum: 0,
    maximum: 3650,
    default: d.votingMinMembershipDays,
    description: 'Voting condition: days of membership on the record date.',
  })
  @IsInt()
  @Min(0)
  @Max(3650)
  votingMinMembershipDays: number;

  @ApiPercent({ example: '20', default: d.minReservePercent })
  @IsPercent()
  minReservePercent: string;

  @ApiPercent({ example: '5', default: d.educationFundPercent })
  @IsPercent()
  educationFundPercent: string;

  @ApiPercent({ example: '0', default: d.communityFundPercent })
  @IsPercent()
  communityFundPercent: string;

  @ApiPercent({
    example: '5',
    default: d.maxShareInterestRatePercent,
    description: 'Cap on the yearly interest paid on share capital.',
  })
  @IsPercent()
  maxShareInterestRatePercent: string;

  @ApiProperty({ default: d.patronageRefundsForCeasedMembers })
  @IsBoolean()
  patronageRefundsForCeasedMembers: boolean;

  @ApiEnum(REFUND_MODES, 'SurplusRefundMode', { default: d.surplusRefundMode })
  @IsIn(REFUND_MODES)
  surplusRefundMode: RefundMode;

  @ApiInteger({ minimum: 0, maximum: 3650, default: d.redemptionNoticeDays })
  @IsInt()
  @Min(0)
  @Max(3650)
  redemptionNoticeDays: number;

  @ApiPercent({
    example: '10',
    default: d.annualRedemptionCapPercent,
    description: '% of capital redeemable per year.',
  })
  @IsPercent()
  annualRedemptionCapPercent: string;

  @ApiDecimal({
    scale: 2,
    example: '3',
    default: d.loanCeilingMultiple,
    description: 'Loan ceiling = multiple x (paid-up capital + fund contributions).',
  })
  @IsDecimalString({ scale: 2, min: '0', max: '1000' })
  loanCeilingMultiple: string;

  @ApiInteger({ minimum: 1, maximum: 360, default: d.loanMaxTermMonths })
  @IsInt()
  @Min(1)
  @Max(360)
  loanMaxTermMonths: number;

  @ApiPercent({ example: '0', default: d.loanInterestRatePercent, description: 'Yearly rate.' })
  @IsPercent()
  loanInterestRatePercent: string;

  @ApiProperty({ default: d.loanGuaranteeRequired })
  @IsBoolean()
  loanGuaranteeRequired: boolean;

  @ApiPercent({
    example: '100',
    default: d.loanGuaranteePercent,
    description: 'Share of the loan guarantors must pledge.',
  })
  @IsPercent()
  loanGuaranteePercent: string;

  @ApiInteger({ minimum: 1, maximum: 100, default: d.maxLoansPerMember })
  @IsInt()
  @Min(1)
  @Max(100)
  maxLoansPerMember: number;
}

export class BylawsResponseDto extends BylawsDto {
  @ApiInteger({ minimum: 1, description: 'Increases with every change; the ETag of the bylaws.' })
  version: number;

  @ApiDateTime()
  updatedAt: string;
}

export class BylawsUpdateDto extends PartialType(BylawsDto) {}

export class BylawsCreateDto extends PartialType(BylawsDto) {}

export class CooperativeCreateDto {
  @ApiProperty({ example: 'Cooperativa Cafetalera La Esperanza' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'HN', description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code like HN' })
  country?: string;

  @ApiPropertyOptional({ example: 'RC-2001-0042' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  registrationNumber?: string;

  @ApiPropertyOptional({
    type: BylawsCreateDto,
    description: 'Bylaws to start with; unset fields take their defaults.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BylawsCreateDto)
  bylaws?: BylawsCreateDto;
}

export class CooperativeResponseDto {
  @ApiUuid()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  country: string | null;

  @ApiProperty({ type: String, nullable: true })
  registrationNumber: string | null;

  @ApiDateTime()
  createdAt: string;
}

export class CooperativePageDto extends PageDto(CooperativeResponseDto) {}
