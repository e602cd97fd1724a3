/** Passwords are hashed with argon2id (OWASP's first choice); the hash string carries its own parameters. */
import argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 12;

let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    // Same work as a real check, so a missing account cannot be told apart by timing.
    dummyHash ??= hashPassword('not-a-real-account');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
