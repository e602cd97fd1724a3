/**
 * The README's generated sections (the roles-and-scopes table, the event catalogue): text between a start and an end
 * marker, rewritten by `npm run openapi`, formatted as Prettier formats README.md so formatting changes nothing.
 */
import { format, resolveConfig } from 'prettier';

/** The text between the markers of `readme`. */
export function readSection(readme: string, startMarker: string, endMarker: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README.md has no ${startMarker} ... ${endMarker}`);
  return readme.slice(start + startMarker.length, end).trim();
}

/** `readme` with the text between the markers replaced by `text`. */
export function withSection(readme: string, startMarker: string, endMarker: string, text: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README.md has no ${startMarker} ... ${endMarker}`);
  return `${readme.slice(0, start + startMarker.length)}\n\n${text}\n\n${readme.slice(end)}`;
}

/** Markdown as Prettier formats it in README.md. */
export async function asReadmeFormats(markdown: string): Promise<string> {
  const options = (await resolveConfig('README.md')) ?? {};
  return (await format(markdown, { ...options, parser: 'markdown' })).trimEnd();
}
