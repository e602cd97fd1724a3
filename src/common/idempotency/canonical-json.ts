/**
 * Canonical JSON for request fingerprints: object members sorted by name at every depth, arrays kept in order, no
 * whitespace, strings and numbers written as JSON.stringify writes them. For values parsed from JSON this is the JSON
 * Canonicalization Scheme (RFC 8785): names sorted by UTF-16 code units, ECMAScript number formatting. So
 * `{"a":1,"b":2}` and `{"b":2,"a":1}` give one text, while `[1,2]` and `[2,1]` stay different.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (hasToJson(value)) return canonicalJson(value.toJSON());
  // As JSON.stringify does: an undefined item is null in an array, and an undefined member is left out.
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item ?? null)).join(',')}]`;
  const members = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`);
  return `{${members.join(',')}}`;
}

function hasToJson(value: object): value is { toJSON(): unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
