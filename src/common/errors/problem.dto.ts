import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

/** application/problem+json (RFC 9457), with a stable machine `code`. */
export class ProblemDto {
  @ApiProperty({ example: '/problems/validation-failed' })
  type: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400, description: 'The HTTP status.' })
  status: number;

  @ApiProperty({ example: 'The request is invalid.' })
  detail: string;

  // The codes' list is the catalogues composed with the app; src/openapi/swagger.ts sets it as this field's enum.
  @ApiProperty({
    description: 'Stable machine code; the list grows, clients should handle unknown codes by status.',
  })
  code: string;

  @ApiPropertyOptional({ example: '/v1/cooperatives' })
  instance?: string;

  @ApiPropertyOptional()
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
