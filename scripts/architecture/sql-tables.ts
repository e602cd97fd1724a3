/** Which tables an SQL text names: the reading behind the architecture test's `tables` rule. */

/** A string is SQL when it holds one of these in capitals (house style), so prose such as "from members" is not. */
const SQL_MARK = /\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|INTO|TABLE|TRUNCATE|REFERENCES)\b/;
/** Where a table name follows; FROM may list several (`FROM a x, b y`). */
const TABLE_KEYWORD = /\b(FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE|REFERENCES|ONLY)\s+/gi;
const NAME = /^(?:"?\w+"?\.)?"?(\w+)"?/;
/** Words that follow those keywords without being a table (`FOR UPDATE OF`, `DO UPDATE SET`, `JOIN LATERAL`). */
const NOT_A_TABLE = new Set(['OF', 'SET', 'LATERAL', 'SELECT', 'NOWAIT', 'SKIP', 'ONLY', 'VALUES', 'UNNEST']);
const ALIAS = /^\s+(?:AS\s+)?(\w+)/i;
/** Query-builder methods whose first argument may be a table name (TypeORM). */
export const BUILDER_METHODS = new Set([
  'from',
  'into',
  'update',
  'delete',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'getRepository',
  'createQueryBuilder',
]);

/** The table names an SQL text refers to, with their offsets in the text. */
export function tablesInSql(text: string): { table: string; offset: number }[] {
  if (!SQL_MARK.test(text)) return [];
  const found: { table: string; offset: number }[] = [];
  for (const keyword of text.matchAll(TABLE_KEYWORD)) {
    let offset = keyword.index + keyword[0].length;
    for (;;) {
      const name = NAME.exec(text.slice(offset));
      if (!name || NOT_A_TABLE.has(name[1].toUpperCase())) break;
      found.push({ table: name[1].toLowerCase(), offset });
      offset += name[0].length;
      if (keyword[1].toUpperCase() !== 'FROM') break;
      const alias = ALIAS.exec(text.slice(offset));
      if (alias && !/^(WHERE|JOIN|ON|LEFT|RIGHT|INNER|CROSS|FULL|GROUP|ORDER|LIMIT|FOR|WINDOW)$/i.test(alias[1])) {
        offset += alias[0].length;
      }
      const comma = /^\s*,\s*/.exec(text.slice(offset));
      if (!comma) break;
      offset += comma[0].length;
    }
  }
  return found;
}
