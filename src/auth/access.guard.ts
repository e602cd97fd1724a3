/**
 * The global guard: authenticates (bearer JWT or X-API-Key, through passport) and authorises by the route's
 * declared AccessRule. Default deny: a route without a rule is refused to everyone. A caller with no standing in
 * the cooperative of the path gets 404, so other cooperatives' ids reveal nothing; one with standing but not the
 * right role or scope gets 403. Every request but the health probes is counted against its caller's rate limit (the
 * user, the API key, or the client address without credentials), in parallel with the caller's lookup.
 */
import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';
import type { Principal } from '../common/context/principal.js';
import { bindCaller, contextOf } from '../common/context/request-context.js';
import { UUID } from '../common/dates.js';
import { ACCESS_RULE, type AccessRule, NOT_RATE_LIMITED } from '../common/access/access.decorator.js';
import type { TokenSubject } from './jwt.strategy.js';
import { RateLimits, type RateLimitedCaller } from './rate-limits.service.js';
import { RolesService } from './roles.service.js';
import { AuthError } from './auth.errors.js';
import { CommonError } from '../common/errors/common.errors.js';
import { RuleError } from '../common/errors/rule-error.js';
import { recordAuthRefusal } from '../common/errors/www-authenticate.js';

@Injectable()
export class AccessGuard extends AuthGuard(['jwt', 'api-key']) {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly roles: RolesService,
    private readonly rateLimits: RateLimits,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule: refused`);
      throw new CommonError('FORBIDDEN', 'This route declares no access rule.');
    }
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user: (Principal & { kind: 'api_client' }) | TokenSubject }>();
    const response = http.getResponse<Response>();
    const metered = !this.reflector.getAllAndOverride<boolean>(NOT_RATE_LIMITED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule.kind === 'public') {
      if (metered) await this.rateLimits.consume({ kind: 'address', id: request.ip ?? 'unknown' }, response);
      return true;
    }
    await this.authenticate(context, request, rule);
    const cooperativeId = rule.kind === 'cooperative' ? String(request.params.cooperativeId ?? '') : null;
    if (cooperativeId !== null && !UUID.test(cooperativeId)) throw notFound();
    const [{ principal, standing }] = await Promise.all([
      this.identify(request, cooperativeId).catch((error: unknown) => {
        throw refused(request, rule, error);
      }),
      metered ? this.rateLimits.consume(countedAs(request.user), response) : undefined,
    ]);
    // The ambient copies stay while modules not yet given a RequestContext read the caller from there.
    bindCaller(request, principal);
    if (rule.kind === 'authenticated') return true;
    if (rule.kind === 'superadmin') {
      if (principal.kind === 'user' && principal.isSuperadmin) return true;
      throw new CommonError('FORBIDDEN', 'Only a platform superadmin may do this.');
    }
    if (standing === null) throw notFound();
    bindCaller(request, principal, standing);
    const allowed =
      principal.kind === 'api_client'
        ? rule.scope !== undefined && principal.scopes.includes(rule.scope)
        : rule.roles.some((role) => standing.includes(role));
    if (!allowed) {
      throw new CommonError(
        'FORBIDDEN',
        principal.kind === 'api_client'
          ? `This API key lacks the scope ${rule.scope ?? '(none: users only)'}.`
          : `This needs one of the roles: ${rule.roles.join(', ')}.`,
      );
    }
    return true;
  }

  /** Passport's strategies; a 401 is recorded so that the answer's WWW-Authenticate names this route's schemes. */
  private async authenticate(context: ExecutionContext, request: Request, rule: AccessRule): Promise<void> {
    try {
      await super.canActivate(context);
    } catch (error) {
      throw refused(request, rule, error);
    }
  }

  /** The principal behind the credentials and its standing in the cooperative of the path (null: none). */
  private async identify(
    request: Request & { user: (Principal & { kind: 'api_client' }) | TokenSubject },
    cooperativeId: string | null,
  ): Promise<{ principal: Principal; standing: readonly string[] | null }> {
    const authenticated = request.user;
    if (authenticated.kind === 'api_client') {
      return { principal: authenticated, standing: authenticated.cooperativeId === cooperativeId ? [] : null };
    }
    const resolved = await this.roles.resolveUser(
      contextOf(request),
      authenticated.userId,
      authenticated.sessionId,
      cooperativeId,
    );
    if (!resolved)
      throw new CommonError('UNAUTHENTICATED', 'Authentication is required: send a bearer token or an X-API-Key.');
    return resolved;
  }

  /** Passport's verdict: an expired token gets its own code so clients know to refresh. */
  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error) throw error instanceof Error ? error : new CommonError('UNAUTHENTICATED', 'Authentication failed.');
    if (!user) {
      const infos = Array.isArray(info) ? info : [info];
      const expired = infos.some((i) => i instanceof Error && i.name === 'TokenExpiredError');
      if (expired) throw new AuthError('TOKEN_EXPIRED', 'The access token has expired; refresh it.');
      throw new CommonError('UNAUTHENTICATED', 'Authentication is required: send a bearer token or an X-API-Key.');
    }
    return user;
  }
}

/** The caller a request is counted against, from its verified credentials. */
const countedAs = (authenticated: (Principal & { kind: 'api_client' }) | TokenSubject): RateLimitedCaller =>
  authenticated.kind === 'api_client'
    ? { kind: 'api_client', id: authenticated.clientId }
    : { kind: 'user', id: authenticated.userId };

const notFound = () => new CommonError('COOPERATIVE_NOT_FOUND', 'No such cooperative.');

/** The credentials were refused (not a database failure on the way): the 401 challenges this route's schemes. */
function refused(request: Request, rule: AccessRule, error: unknown): unknown {
  if (error instanceof RuleError && (error.code === 'UNAUTHENTICATED' || error.code === 'TOKEN_EXPIRED')) {
    const apiKey = rule.kind === 'authenticated' || (rule.kind === 'cooperative' && rule.scope !== undefined);
    recordAuthRefusal(request, { apiKey });
  }
  return error;
}
