import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Streams CSV chunks to the client. The first chunk is awaited before any header is sent (it opens the cursor and
 * checks what is exported), so a failure there is still an ordinary problem+json response. A failure later can only
 * cut the body short: an unterminated chunked body tells the client the export failed.
 */
export async function sendCsv(
  response: Response,
  chunks: AsyncGenerator<string>,
  filename: string,
  logger: Logger,
): Promise<void> {
  const first = await chunks.next();
  response
    .status(200)
    .setHeader('Content-Type', 'text/csv; charset=utf-8')
    .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
    .setHeader('Cache-Control', 'no-store');
  async function* all() {
    if (!first.done) yield first.value;
    yield* chunks;
  }
  try {
    await pipeline(Readable.from(all()), response);
  } catch (error) {
    logger.warn({ err: error }, `export ${filename} interrupted`);
    response.destroy();
  }
}
