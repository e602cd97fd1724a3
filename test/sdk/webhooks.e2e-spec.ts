/** The SDK's webhook helper: a delivery signed as the API signs it verifies; a changed byte or an old one does not. */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { verifyDelivery, WebhookVerificationError } from '../../clients/typescript/src/index.js';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
const event = {
  id: '42',
  type: 'member.admitted',
  occurredAt: '2026-12-02T10:00:00.000Z',
  requestId: null,
  subject: { type: 'member', id: '3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b' },
  data: null,
};

function signed(body: string, at = new Date()) {
  const id = 'msg_2f4b3d2e-0000-4000-8000-000000000001';
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

describe('verifyDelivery', () => {
  const body = JSON.stringify({ type: 'member.admitted', timestamp: '2026-12-02T10:00:01.000Z', data: event });

  it('gives the event of a delivery signed with the secret', () => {
    expect(verifyDelivery(secret, body, signed(body))).toEqual({
      type: 'member.admitted',
      timestamp: '2026-12-02T10:00:01.000Z',
      data: event,
    });
    expect(verifyDelivery(secret, Buffer.from(body), signed(body)).data.subject.id).toBe(event.subject.id);
  });

  it('types the delivery by its `type`: narrowed, `data.data` is that type’s resource (npm run check compiles it)', () => {
    const delivery = verifyDelivery(secret, body, signed(body));
    const memberNumber = delivery.type === 'member.admitted' ? delivery.data.data?.memberNumber : 'not a member';
    expect(memberNumber).toBeUndefined();
  });

  it('refuses a changed body, another secret, and a delivery older than 5 minutes', () => {
    const headers = signed(body);
    expect(() => verifyDelivery(secret, body.replace('admitted', 'ceased'), headers)).toThrow(WebhookVerificationError);
    expect(() => verifyDelivery(`whsec_${randomBytes(24).toString('base64')}`, body, headers)).toThrow(
      WebhookVerificationError,
    );
    const old = signed(body, new Date(Date.now() - 10 * 60_000));
    expect(() => verifyDelivery(secret, body, old)).toThrow(WebhookVerificationError);
  });
});
