/** A loan's schedule, repayments and settlement quote: the answers of its servicing routes. */
import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '../common/pagination/pagination.js';
import { LoanResponseDto } from './loan.dto.js';
import { REPAYMENT_KINDS, type RepaymentKind } from './loan-repayment.entity.js';

export class InstalmentResponseDto {
  @ApiProperty()
  number: number;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty({ example: '1000.00', description: 'Principal outstanding at the start of the period.' })
  openingPrincipal: string;

  @ApiProperty({ example: '78.85' })
  principal: string;

  @ApiProperty({ example: '10.00' })
  interest: string;

  @ApiProperty({ example: '88.85' })
  total: string;

  @ApiProperty({ example: '0.00' })
  principalPaid: string;

  @ApiProperty({ example: '0.00' })
  interestPaid: string;

  @ApiProperty({ example: '0.00' })
  interestWaived: string;

  @ApiProperty({ enum: ['unpaid', 'partly_paid', 'paid'] })
  status: 'unpaid' | 'partly_paid' | 'paid';
}

export class ScheduleResponseDto {
  @ApiProperty({ example: '1000.00' })
  principal: string;

  @ApiProperty({ example: '66.19' })
  totalInterest: string;

  @ApiProperty({ example: '1066.19' })
  total: string;

  @ApiProperty({ type: [InstalmentResponseDto] })
  items: InstalmentResponseDto[];
}

export class RepaymentLineDto {
  @ApiProperty()
  instalmentNumber: number;

  @ApiProperty({ example: '78.85' })
  principal: string;

  @ApiProperty({ example: '10.00' })
  interest: string;

  @ApiProperty({ example: '0.00' })
  interestWaived: string;
}

export class RepaymentResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  loanId: string;

  @ApiProperty({ description: '1, 2, 3... per loan, in recorded (and value-date) order.' })
  number: number;

  @ApiProperty({ enum: REPAYMENT_KINDS, description: 'settlement: an early full repayment.' })
  kind: RepaymentKind;

  @ApiProperty({ format: 'date' })
  paidOn: string;

  @ApiProperty({ example: '88.85' })
  amount: string;

  @ApiProperty({ example: '78.85' })
  principal: string;

  @ApiProperty({ example: '10.00' })
  interest: string;

  @ApiProperty({ example: '0.00', description: 'The part paid on instalments not yet due: paid ahead.' })
  prepaid: string;

  @ApiProperty({ example: '0.00' })
  interestWaived: string;

  @ApiProperty({ type: String, nullable: true })
  reference: string | null;

  @ApiProperty({ type: [RepaymentLineDto] })
  lines: RepaymentLineDto[];

  @ApiProperty({ format: 'date-time' })
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
  @ApiProperty({ format: 'date' })
  dueOn: string;
}

export class SettlementQuoteDto {
  @ApiProperty({ format: 'uuid' })
  loanId: string;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ example: '921.15' })
  principal: string;

  @ApiProperty({ example: '4.61', description: 'Interest earned and unpaid (the running period pro rata).' })
  interest: string;

  @ApiProperty({ example: '925.76', description: 'What closes the loan on that day.' })
  total: string;

  @ApiProperty({ example: '51.58', description: 'Scheduled interest given up.' })
  interestWaived: string;

  @ApiProperty({ type: [SettlementQuoteLineDto] })
  lines: SettlementQuoteLineDto[];
}
