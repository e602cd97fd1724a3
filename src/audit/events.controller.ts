import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { EventFeedDto, EventFeedQueryDto } from './events.dto.js';
import { EventFeed } from './events.service.js';

@ApiTags('events')
@Controller('v1/cooperatives/:cooperativeId/events')
export class EventsController {
  constructor(private readonly feed: EventFeed) {}

  @Get()
  @CooperativeAccess({ roles: ['admin'], scope: 'events:read' })
  @ApiOperation({
    summary: 'Read the change feed: the events committed after a cursor, oldest first',
    description:
      'Every audited change of the cooperative is an event (`member.admitted`, `ballot.closed`, ' +
      '`loan.disbursed`, …), written in the transaction of the change. Keep `nextCursor` and send it back as ' +
      '`after`: no event is ever skipped, even one whose transaction committed after later ones (the feed waits ' +
      'for transactions still running). `data` is the resource as the API showed it after the change, for API keys ' +
      'only when they hold the scope that reads it. For admins and API keys with `events:read`. Changes nothing.',
  })
  @ApiOkResponse({ type: EventFeedDto, description: 'The next events and the cursor to read on from.' })
  listEvents(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: EventFeedQueryDto,
  ): Promise<EventFeedDto> {
    return this.feed.read(ctx, cooperativeId, query);
  }
}
