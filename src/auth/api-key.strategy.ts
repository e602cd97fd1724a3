import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import type { Principal } from '../common/context/principal.js';
import { contextOf } from '../common/context/request-context.js';
import { ApiClientsService } from './api-clients.service.js';

/** `X-API-Key: coop_<prefix>_<secret>`: an external app's key, scoped to one cooperative. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly clients: ApiClientsService) {
    super();
  }

  async validate(request: Request): Promise<Principal | false> {
    const key = request.header('x-api-key');
    if (!key) return false;
    const client = await this.clients.authenticate(contextOf(request), key);
    return client
      ? { kind: 'api_client', clientId: client.id, cooperativeId: client.cooperativeId, scopes: client.scopes }
      : false;
  }
}
