/**
 * What the modules above read of the cooperatives table (the tenancy root), as named SQL of its owner: the
 * directory of cooperatives, id and name. Auth joins it for a caller's standing and for /v1/me.
 */

/** A relation (id uuid, name text) of every cooperative. */
export function cooperativeDirectorySql(): string {
  return 'SELECT c.id, c.name FROM cooperatives c';
}
