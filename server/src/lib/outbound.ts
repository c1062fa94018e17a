import { lookup as systemLookup } from 'node:dns/promises';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The outbound guard (R14): every HTTP request the server makes to an address someone else chose (webhooks; identity
 * provider discovery and JWKS) goes through `OutboundGuard.request`, which reaches public addresses only unless
 * OUTBOUND_ALLOW_PRIVATE says private networks are fine.
 *
 * The check happens where the address is chosen: in the socket's own `lookup` for a host name, so the address checked is
 * the address connected to (a name that resolved to a public address at registration and to 127.0.0.1 now — DNS
 * rebinding — is refused now), and before connecting for a literal address, which node:net connects to without a
 * look-up. Redirects are never followed (a 3xx is an answer like any other), and no proxy is used.
 */

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a host name has, as the connection would see them. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system's resolver (getaddrinfo: /etc/hosts, then DNS), which node:net itself would use. */
export const systemResolver: HostResolver = (hostname) => systemLookup(hostname, { all: true, verbatim: true });

/** A destination the guard will not reach. The message names the address and why, never more of the URL than its host. */
export class OutboundRefused extends Error {
  constructor(
    message: string,
    /** OUTBOUND_ALLOW_PRIVATE=true would allow it (a private network), as opposed to never a destination. */
    readonly privateNetwork: boolean,
  ) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

export interface OutboundRequest {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The deadline for the whole exchange: look-up, connect, TLS, request and response. */
  timeoutMs: number;
  /** Read at most this much of the response body (more is an error); 0 (the default) discards the body unread. */
  maxResponseBytes?: number;
}

export interface OutboundResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Address classes (ipaddr.js's names) that are private networks: reachable only with OUTBOUND_ALLOW_PRIVATE=true. */
const PRIVATE_NETWORKS = new Set(['loopback', 'private', 'linkLocal', 'uniqueLocal', 'carrierGradeNat']);

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private (RFC 1918) address',
  linkLocal: 'a link-local address (where cloud metadata services answer)',
  uniqueLocal: 'a unique local (fc00::/7) address',
  carrierGradeNat: 'a shared (carrier-grade NAT, 100.64.0.0/10) address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
};

/** The NAT64 well-known prefix 64:ff9b::/96: the address is the IPv4 address in its last 32 bits. */
function nat64Embedded(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  if (parts[0] !== 0x64 || parts[1] !== 0xff9b || parts.slice(2, 6).some((part) => part !== 0)) return null;
  return new ipaddr.IPv4([parts[6] >> 8, parts[6] & 0xff, parts[7] >> 8, parts[7] & 0xff]);
}

/** The address a connection would really reach: IPv4 carried in IPv6 (mapped, NAT64) is judged as that IPv4 address. */
function effective(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  if (address.kind() === 'ipv4') return address;
  const v6 = address as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  return nat64Embedded(v6) ?? v6;
}

/** A URL's host as an IP address, or null for a name (WHATWG URL already turned 2130706433 and 0x7f000001 into 127.0.0.1). */
function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}

function requireHttp(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundRefused(`${url.protocol.replace(/:$/, '')} is not http or https`, false);
}

export class OutboundGuard {
  private readonly allowPrivate: boolean;
  private readonly resolve: HostResolver;

  constructor(options: { allowPrivate: boolean; resolve?: HostResolver }) {
    this.allowPrivate = options.allowPrivate;
    this.resolve = options.resolve ?? systemResolver;
  }

  /** Why the guard will not reach this address ("127.0.0.1, a loopback address"), or null when it will. */
  refusal(address: string): string | null {
    return this.judge(address)?.reason ?? null;
  }

  private judge(address: string): { reason: string; privateNetwork: boolean } | null {
    if (!ipaddr.isValid(address)) return { reason: `${address}, not an IP address`, privateNetwork: false };
    const parsed = ipaddr.parse(address);
    const target = effective(parsed);
    const range = target.range();
    if (range === 'unicast') return null;
    const privateNetwork = PRIVATE_NETWORKS.has(range);
    if (privateNetwork && this.allowPrivate) return null;
    const shown = target === parsed ? address : `${address} (${target.toString()})`;
    return { reason: `${shown}, ${RANGE_NAMES[range] ?? `a special-purpose address (${range})`}`, privateNetwork };
  }

  private refuseLiteral(address: string): void {
    const verdict = this.judge(address);
    if (verdict) throw new OutboundRefused(verdict.reason, verdict.privateNetwork);
  }

  /** Every address of `hostname`, each allowed; else OutboundRefused naming the first that is not. */
  private async permittedAddresses(hostname: string): Promise<ResolvedAddress[]> {
    const addresses = await this.resolve(hostname);
    if (!addresses.length) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    for (const { address } of addresses) {
      const verdict = this.judge(address);
      // One forbidden address refuses the name: a rebinding answer may well mix a public address with 127.0.0.1.
      if (verdict) throw new OutboundRefused(`${hostname} resolves to ${verdict.reason}`, verdict.privateNetwork);
    }
    return addresses;
  }

  /**
   * The registration check, for a clear answer early: an http(s) URL whose literal address, or every address its host
   * resolves to now, is allowed. A name that does not resolve (yet, or within `timeoutMs`) is not refused: it names no
   * forbidden address, and every request resolves it again and checks what it connects to.
   */
  async checkUrl(url: URL, timeoutMs: number): Promise<void> {
    requireHttp(url);
    const literal = literalAddress(url.hostname);
    if (literal) return this.refuseLiteral(literal);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    try {
      await Promise.race([
        this.permittedAddresses(url.hostname).catch((error: unknown) => {
          if (error instanceof OutboundRefused) throw error;
          return null;
        }),
        deadline,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** node:net's `lookup` for the socket being opened: it connects to what this answers, and this answers only allowed addresses. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    void this.permittedAddresses(hostname).then(
      (all) => {
        const addresses = family ? all.filter((address) => address.family === family) : all;
        if (!addresses.length) callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        else if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };

  /** One HTTP(S) exchange through the guard: see the module's comment. Rejects with OutboundRefused for a forbidden destination. */
  async request(target: string | URL, init: OutboundRequest): Promise<OutboundResponse> {
    const url = typeof target === 'string' ? new URL(target) : target;
    requireHttp(url);
    const literal = literalAddress(url.hostname);
    if (literal) this.refuseLiteral(literal);
    const client = url.protocol === 'https:' ? https : http;
    const limit = init.maxResponseBytes ?? 0;
    const headers = { ...init.headers, ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}) };
    return new Promise<OutboundResponse>((resolve, reject) => {
      // A fresh connection each time (agent: false): no pooled socket outlives the check that opened it.
      const req = client.request(url, { method: init.method, headers, agent: false, lookup: this.lookup });
      const timer = setTimeout(() => req.destroy(new Error(`timed out after ${init.timeoutMs} ms`)), init.timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      req.on('error', fail);
      req.on('response', (res) => {
        res.on('error', fail);
        const answer = (body: Buffer) => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        };
        if (!limit) {
          answer(Buffer.alloc(0));
          res.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= limit) return void chunks.push(chunk);
          fail(new Error(`the response is larger than ${limit} bytes`));
          req.destroy();
        });
        res.on('end', () => {
          if (size <= limit) answer(Buffer.concat(chunks));
        });
      });
      req.end(init.body);
    });
  }
}
