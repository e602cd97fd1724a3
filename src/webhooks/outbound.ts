/**
 * Outbound safety of webhook deliveries (QUALITY.md, API7 SSRF): an endpoint is https and every address its host
 * resolves to is public (not loopback, private, link-local with the cloud metadata address, CGNAT, multicast,
 * reserved), unless its host is in WEBHOOK_ALLOWED_HOSTS. Checked when an endpoint is saved and again before each
 * attempt; the request then connects to the address that was checked (its `lookup` answers it), so a DNS answer
 * that changes between the check and the connection (rebinding) cannot send it elsewhere. Each attempt has a
 * timeout and reads at most 64 kB of the answer; redirects are not followed (a 3xx is a failed attempt).
 */
import { promises as dns } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

/** The most of an answer an attempt reads; a longer one fails the attempt. */
export const RESPONSE_CAP_BYTES = 64 * 1024;
/** The part of the answer kept with the attempt. */
export const EXCERPT_CHARS = 500;
/** Enough bytes for EXCERPT_CHARS characters of UTF-8. */
const EXCERPT_BYTES = EXCERPT_CHARS * 4;

const V4_BLOCKED = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, with 169.254.169.254 (cloud metadata)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, with 255.255.255.255
] as const;
const V6_BLOCKED = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: an IPv4 address behind a gateway
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: an IPv4 address inside
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const;

const BLOCKED = new BlockList();
for (const [network, prefix] of V4_BLOCKED) BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of V6_BLOCKED) BLOCKED.addSubnet(network, prefix, 'ipv6');

/** `::ffff:10.0.0.1` is 10.0.0.1: an IPv4-mapped IPv6 address is judged as the IPv4 address it carries. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** True for an address a webhook may be sent to without an allow-list entry; false for anything else, or not an IP. */
export function isPublicAddress(address: string): boolean {
  const plain = unmapped(address);
  const family = isIP(plain);
  if (family === 0) return false;
  if (family === 6 && /^::ffff:/i.test(plain)) return false; // mapped, but not in dotted form: refuse
  return !BLOCKED.check(plain, family === 4 ? 'ipv4' : 'ipv6');
}

export class OutboundRefusal extends Error {}

export interface CheckedUrl {
  url: URL;
  /** The host as compared with the allow-list: lower case, an IPv6 address without brackets. */
  host: string;
  allowListed: boolean;
}

/** The URL's form: absolute, https (http only for an allow-listed host), no credentials. Throws OutboundRefusal. */
export function checkUrl(raw: string, allowedHosts: readonly string[]): CheckedUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefusal('the URL is not an absolute URL');
  }
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const allowListed = allowedHosts.includes(host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowListed)) {
    throw new OutboundRefusal(`the URL must be https, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username || url.password) throw new OutboundRefusal('the URL must not carry a user name or password');
  return { url, host, allowListed };
}

export interface Target {
  address: string;
  family: 4 | 6;
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (host) => dns.lookup(host, { all: true, verbatim: true });

/**
 * The address to connect to: the host itself when it is an IP address, else what DNS answers. Every address must be
 * public (one private answer among public ones refuses the host), unless the host is allow-listed.
 */
export async function resolveTarget(checked: CheckedUrl, resolve: Resolver = systemResolver): Promise<Target> {
  const literal = isIP(checked.host);
  let addresses: { address: string; family: number }[];
  if (literal) {
    addresses = [{ address: checked.host, family: literal }];
  } else {
    try {
      addresses = await resolve(checked.host);
    } catch {
      throw new OutboundRefusal(`the host ${checked.host} does not resolve`);
    }
    if (addresses.length === 0) throw new OutboundRefusal(`the host ${checked.host} does not resolve`);
  }
  if (!checked.allowListed) {
    const inner = addresses.find((a) => !isPublicAddress(a.address));
    if (inner)
      throw new OutboundRefusal(`the host ${checked.host} resolves to a non-public address (${inner.address})`);
  }
  const [first] = addresses;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

export interface AttemptOutcome {
  /** A 2xx answer, read to its end within the cap. */
  ok: boolean;
  statusCode: number | null;
  /** Why the attempt failed without (or despite) an answer: timeout, connection error, size cap, refusal. */
  error: string | null;
  latencyMs: number;
  responseExcerpt: string | null;
}

export interface PostOptions {
  timeoutMs: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

/** POSTs `body` to the checked URL at the checked address; never throws: every failure is an outcome. */
export function postTo(
  checked: CheckedUrl,
  target: Target,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<AttemptOutcome> {
  const started = Date.now();
  const maxBytes = options.maxBytes ?? RESPONSE_CAP_BYTES;
  const client = checked.url.protocol === 'https:' ? https : http;
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    let statusCode: number | null = null;
    const chunks: Buffer[] = [];
    let size = 0;
    let kept = 0;
    const excerpt = () => (kept > 0 ? Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_CHARS) : null);
    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const ok = error === null && statusCode !== null && statusCode >= 200 && statusCode < 300;
      resolve({ ok, statusCode, error, latencyMs: Date.now() - started, responseExcerpt: excerpt() });
    };
    const request = client.request(
      checked.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: (_host, lookupOptions, callback) => {
          // The checked address, whatever DNS would say now.
          const all = (lookupOptions as { all?: boolean }).all;
          if (all) (callback as (e: null, a: Target[]) => void)(null, [target]);
          else callback(null, target.address, target.family);
        },
        signal: options.signal,
      },
      (response) => {
        statusCode = response.statusCode ?? null;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (kept < EXCERPT_BYTES) {
            const part = chunk.subarray(0, EXCERPT_BYTES - kept);
            chunks.push(part);
            kept += part.length;
          }
          if (size > maxBytes) {
            finish(`response over ${maxBytes} bytes: not read further`);
            response.destroy();
            request.destroy();
          }
        });
        response.on('end', () => finish(null));
        response.on('error', (error) => finish(`response error: ${error.message}`));
      },
    );
    const timer = setTimeout(() => {
      finish(`timeout after ${options.timeoutMs} ms`);
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error) => finish(`connection error: ${error.message}`));
    request.end(body);
  });
}
