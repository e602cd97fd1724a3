/** Random secrets and their at-rest hashes. High-entropy tokens need no slow hash: sha256 is enough and fast. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A strong human-typable password for the first superadmin. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
