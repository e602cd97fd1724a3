import type { ApiClient } from './api-client.entity.js';
import type { ApiClientResponseDto } from './auth.dto.js';
import type { Scope } from '../common/access/role.js';

export function mapApiClient(client: ApiClient): ApiClientResponseDto {
  return {
    id: client.id,
    name: client.name,
    scopes: client.scopes as Scope[],
    createdAt: client.createdAt.toISOString(),
    revokedAt: client.revokedAt?.toISOString() ?? null,
    lastUsedAt: client.lastUsedAt?.toISOString() ?? null,
  };
}
