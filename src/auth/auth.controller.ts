import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Public } from '../common/access/access.decorator.js';
import { LoginDto, RefreshDto, TokenPairDto } from './auth.dto.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { TokensService } from './tokens.service.js';
import type { User } from './user.entity.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly tokens: TokensService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LocalAuthGuard)
  @ApiOperation({
    summary: 'Log in with email and password',
    description: 'Rate-limited per email and per client address.',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401, 429)
  login(@Ctx() ctx: RequestContext, @Req() request: Request & { user: User }): Promise<TokenPairDto> {
    return this.tokens.issue(ctx, request.user);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair (the old refresh token stops working)' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401)
  refreshTokens(@Ctx() ctx: RequestContext, @Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.tokens.rotate(ctx, body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'End the session the refresh token belongs to' })
  @ApiNoContentResponse({ description: 'Logged out.' })
  @ApiProblems(400, 401)
  async logout(@Ctx() ctx: RequestContext, @Body() body: RefreshDto): Promise<void> {
    await this.tokens.revoke(ctx, body.refreshToken);
  }
}
