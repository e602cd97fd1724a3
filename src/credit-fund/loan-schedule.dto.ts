/** A loan's schedule, repayments and settlement quote: the answers of its servicing routes. */
import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiMoney, ApiUuid } from '../common/openapi/api-fields.js';
import { PageDto } from '../common/pagination/pagination.js';
import { LoanResponseDto } from './loan.dto.js';
import { REPAYMENT_KINDS, type RepaymentKind } from './loan-repayment.entity.js';
import { MAX_TERM_MONTHS } from './repayment-schedule.rules.js';

/** How much of an instalment is settled (paid or waived), as credit-fund.mapper.ts derives it. */
export const INSTALMENT_STATUSES = ['unpaid', 'partly_paid', 'paid'] as const;
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number];

const ApiInstalmentNumber = (description = 'The instalment: 1 to the loan’s term in months.') =>
  ApiInteger({ minimum: 1, maximum: MAX_TERM_MONTHS, example: 1, description });

export class InstalmentResponseDto {
  @ApiInstalmentNumber()
  number: number;

  @ApiDate({ description: 'k months after the disbursement (the month’s last day when that day does not exist).' })
  dueOn: string;

  @ApiMoney({ example: '1000.00', description: 'Principal outstanding at the start of the period.' })
  openingPrincipal: string;

  @ApiMoney({ example: '78.85' })
  principal: string;

  @ApiMoney({ example: '10.00' })
  interest: string;

  @ApiMoney({ example: '88.85', description: 'principal + interest.' })
  total: string;

  @ApiMoney({ example: '0.00' })
  principalPaid: string;

  @ApiMoney({ example: '0.00' })
  interestPaid: string;

  @ApiMoney({ example: '0.00', description: 'Interest given up at an early settlement.' })
  interestWaived: string;

  @ApiEnum(INSTALMENT_STATUSES, 'InstalmentStatus', {
    description: 'paid once principal and interest are paid or waived in full.',
  })
  status: InstalmentStatus;
}

export class ScheduleResponseDto {
  @ApiMoney({ example: '1000.00' })
  principal: string;

  @ApiMoney({ example: '66.19', description: 'The interest of every instalment.' })
  totalInterest: string;

  @ApiMoney({ example: '1066.19', description: 'principal + totalInterest (0 before the loan is disbursed).' })
  total: string;

  @ApiProperty({ type: [InstalmentResponseDto], description: 'In due-date order.' })
  items: InstalmentResponseDto[];
}

export class RepaymentLineDto {
  @ApiInstalmentNumber()
  instalmentNumber: number;

  @ApiMoney({ example: '78.85' })
  principal: string;

  @ApiMoney({ example: '10.00' })
  interest: string;

  @ApiMoney({ example: '0.00' })
  interestWaived: string;
}

export class RepaymentResponseDto {
  @ApiUuid()
  id: string;

  @ApiUuid()
  loanId: string;

  @ApiInteger({ minimum: 1, example: 1, description: '1, 2, 3... per loan, in recorded (and value-date) order.' })
  number: number;

  @ApiEnum(REPAYMENT_KINDS, 'RepaymentKind', { description: 'settlement: an early full repayment.' })
  kind: RepaymentKind;

  @ApiDate({ description: 'The value date.' })
  paidOn: string;

  @ApiMoney({ example: '88.85' })
  amount: string;

  @ApiMoney({ example: '78.85', description: 'The part applied to principal.' })
  principal: string;

  @ApiMoney({ example: '10.00', description: 'The part applied to interest.' })
  interest: string;

  @ApiMoney({ example: '0.00', description: 'The part paid on instalments not yet due: paid ahead.' })
  prepaid: string;

  @ApiMoney({ example: '0.00', description: 'Interest given up (a settlement only).' })
  interestWaived: string;

  @ApiProperty({ type: String, nullable: true })
  reference: string | null;

  @ApiProperty({ type: [RepaymentLineDto], description: 'What went to each instalment.' })
  lines: RepaymentLineDto[];

  @ApiDateTime()
  recordedAt: string;
}

export class RepaymentPageDto extends PageDto(RepaymentResponseDto) {}

export class RepaymentResultDto {
  @ApiProperty({ type: RepaymentResponseDto })
  repayment: RepaymentResponseDto;

  @ApiProperty({ type: LoanResponseDto, description: 'The loan after the repayment.' })
  loan: LoanResponseDto;
}

export class SettlementQuoteLineDto extends RepaymentLineDto {
  @ApiDate()
  dueOn: string;
}

export class SettlementQuoteDto {
  @ApiUuid()
  loanId: string;

  @ApiDate()
  asOf: string;

  @ApiMoney({ example: '921.15', description: 'All the principal still owed.' })
  principal: string;

  @ApiMoney({ example: '4.61', description: 'Interest earned and unpaid (the running period pro rata).' })
  interest: string;

  @ApiMoney({ example: '925.76', description: 'What closes the loan on that day.' })
  total: string;

  @ApiMoney({ example: '51.58', description: 'Scheduled interest given up.' })
  interestWaived: string;

  @ApiProperty({ type: [SettlementQuoteLineDto], description: 'What the settlement would pay on each instalment.' })
  lines: SettlementQuoteLineDto[];
}
