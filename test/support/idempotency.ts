/**
 * One Idempotency-Key sent several times at once: exactly one request runs the effect and answers `status`; each
 * other arrived either while it ran (409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`, answered at once) or after it
 * committed (its replay: the same status with `Idempotent-Replayed: true`). `settleIdempotentBurst` asserts that every
 * answer is one of those, retries each 409 as a client told Retry-After would, and expects a replay every time.
 */
import type { Response } from 'supertest';

export interface SettledBurst {
  /** The one answer that ran the effect. */
  first: Response;
  /** Every other answer: replays given at once, and the replays the 409s got when retried. */
  replays: Response[];
  /** How many were answered 409 IDEMPOTENCY_KEY_IN_USE before their retry. */
  inUse: number;
}

export async function settleIdempotentBurst(
  responses: Response[],
  status: number,
  resend: () => PromiseLike<Response>,
): Promise<SettledBurst> {
  const replayed = (res: Response) => res.headers['idempotent-replayed'] === 'true';
  const first = responses.filter((res) => res.status === status && !replayed(res));
  const replays = responses.filter((res) => res.status === status && replayed(res));
  const inUse = responses.filter((res) => res.status === 409);
  expect(first).toHaveLength(1);
  expect(first.length + replays.length + inUse.length).toBe(responses.length);
  for (const res of inUse) {
    expect([res.body.code, res.headers['retry-after'], res.headers['content-type']]).toEqual([
      'IDEMPOTENCY_KEY_IN_USE',
      '1',
      expect.stringContaining('application/problem+json'),
    ]);
  }
  const retried = await Promise.all(inUse.map(() => resend()));
  for (const res of retried) expect([res.status, res.headers['idempotent-replayed']]).toEqual([status, 'true']);
  return { first: first[0], replays: [...replays, ...retried], inUse: inUse.length };
}
