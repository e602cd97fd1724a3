import {
  isLegacyPlaintext,
  openSigningSecret,
  sealSigningSecret,
  signingSecretsKey,
  SigningSecretUnreadable,
} from './signing-secrets.rules.js';

const MASTER = Buffer.from('a master secret of at least thirty-two bytes');
const COOP = '7d4c5a56-3e1f-4c55-9d0e-4d7a3f6f2a10';
const OTHER_COOP = '0b6a7c1e-9f3d-4a2b-8c5e-1d2f3a4b5c6d';
const SECRET = `whsec_${Buffer.alloc(24, 5).toString('base64')}`;

describe('webhook signing secrets at rest', () => {
  const key = signingSecretsKey(MASTER);

  it('derives one 32-byte key per master secret', () => {
    expect(key).toHaveLength(32);
    expect(signingSecretsKey(Buffer.from(MASTER))).toEqual(key);
    expect(signingSecretsKey(Buffer.alloc(32, 1))).not.toEqual(key);
    expect(() => signingSecretsKey(Buffer.alloc(31))).toThrow(RangeError);
  });

  it('seals a secret so that it opens only under its key and its cooperative', () => {
    const sealed = sealSigningSecret(key, COOP, SECRET);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{88}$/);
    expect(sealed).not.toContain(SECRET.slice('whsec_'.length));
    expect(sealSigningSecret(key, COOP, SECRET)).not.toBe(sealed); // a random IV each time
    expect(isLegacyPlaintext(sealed)).toBe(false);
    expect(openSigningSecret(key, COOP, sealed)).toBe(SECRET);

    expect(() => openSigningSecret(key, OTHER_COOP, sealed)).toThrow(SigningSecretUnreadable);
    expect(() => openSigningSecret(signingSecretsKey(Buffer.alloc(32, 1)), COOP, sealed)).toThrow(
      SigningSecretUnreadable,
    );
    const altered = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    expect(() => openSigningSecret(key, COOP, altered)).toThrow(SigningSecretUnreadable);
    expect(() => openSigningSecret(key, COOP, 'v1.')).toThrow(SigningSecretUnreadable);
  });

  it('reads a secret stored in plaintext before sealing as it is', () => {
    expect(isLegacyPlaintext(SECRET)).toBe(true);
    expect(openSigningSecret(key, COOP, SECRET)).toBe(SECRET);
  });
});
