import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageLimitQueryDto } from '../common/pagination/pagination.js';
import { ApiDateTime, ApiUuid } from '../common/openapi/api-fields.js';

export class EventFeedQueryDto extends PageLimitQueryDto {
  @ApiPropertyOptional({
    description:
      'The `nextCursor` of the previous answer: the events committed after it, oldest first. Without it, from the ' +
      'first event.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @ApiPropertyOptional({
    description: 'Only these event types, comma-separated (`member.admitted,ballot.closed`).',
    example: 'member.admitted,ballot.closed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(/^[a-z_]+\.[a-z_]+(,[a-z_]+\.[a-z_]+)*$/, { message: 'types must be event types separated by commas' })
  types?: string;
}

export class EventSubjectDto {
  @ApiProperty({ example: 'member', description: 'What changed: member, ballot, loan, bylaws, …' })
  type: string;

  @ApiUuid({ nullable: true, description: 'Its id; null for what has none of its own.' })
  id: string | null;
}

export class EventResponseDto {
  @ApiProperty({ example: '1042', pattern: '^[0-9]+$', description: 'The event’s id (a 64-bit integer as a string).' })
  id: string;

  @ApiProperty({ example: 'member.admitted', description: 'The change, as the audit log names its action.' })
  type: string;

  @ApiDateTime({ description: 'When the change was made (its transaction).' })
  occurredAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'The X-Request-Id of the request that made the change.' })
  requestId: string | null;

  @ApiProperty({ type: EventSubjectDto })
  subject: EventSubjectDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'The resource as the API showed it right after the change (as its GET would). Null when the event type ' +
      'carries none, and for an API key without the scope that reads the resource. Never a secret ballot’s choice ' +
      'or anything linking a voter to a choice.',
  })
  data: Record<string, unknown> | null;
}

export class EventFeedDto {
  @ApiProperty({ type: [EventResponseDto], description: 'Oldest first.' })
  items: EventResponseDto[];

  @ApiProperty({
    description:
      'Pass as `after` to read on. Always set: with no new event it is the cursor sent, so a reader polls with it.',
  })
  nextCursor: string;

  @ApiProperty({ description: 'True when more events are ready now: read again at once.' })
  hasMore: boolean;
}
