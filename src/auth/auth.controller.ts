import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
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
    description:
      'Anyone with an account (a secretary at the office, a member on their phone) exchanges email and password ' +
      'for a short-lived access token and a single-use refresh token. Attempts are limited per email and per ' +
      'client address: past the limit the answer is 429 with `Retry-After`. A wrong email and a wrong password ' +
      'get the same 401, so accounts cannot be discovered.',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairDto, description: 'The token pair.' })
  @ApiProblemCodes('INVALID_CREDENTIALS', 'RATE_LIMITED')
  login(@Ctx() ctx: RequestContext, @Req() request: Request & { user: User }): Promise<TokenPairDto> {
    return this.tokens.issue(ctx, request.user);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Exchange a refresh token for a new token pair',
    description:
      'When the access token expires (401 `TOKEN_EXPIRED`), the client sends its refresh token and gets a new ' +
      'pair; the old refresh token stops working. Presenting an already used refresh token is taken as theft: ' +
      'the whole session is revoked (`REFRESH_TOKEN_REUSED`), its access tokens are refused from the next ' +
      'request on, and the user logs in again.',
  })
  @ApiOkResponse({ type: TokenPairDto, description: 'The new token pair.' })
  @ApiProblemCodes('REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED')
  refreshTokens(@Ctx() ctx: RequestContext, @Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.tokens.rotate(ctx, body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'Log out: end the session of a refresh token',
    description:
      'Revokes the session the refresh token belongs to, so it cannot be refreshed again; the access token in ' +
      'hand stays valid until it expires (minutes). Refused for a token that is unknown or already revoked.',
  })
  @ApiNoContentResponse({ description: 'Logged out.' })
  @ApiProblemCodes('REFRESH_TOKEN_INVALID')
  async logout(@Ctx() ctx: RequestContext, @Body() body: RefreshDto): Promise<void> {
    await this.tokens.revoke(ctx, body.refreshToken);
  }
}
