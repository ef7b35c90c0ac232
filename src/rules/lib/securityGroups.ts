import type { IpPermission } from '../../inventory/resources/ec2.js';

export const INTERNET_V4 = '0.0.0.0/0';
export const INTERNET_V6 = '::/0';

const internetSourcesOf = new WeakMap<IpPermission, string[]>();

/** Sources that admit the whole internet, IPv4 or IPv6 (worked out once per permission: a dozen rules ask). */
export function internetSources(p: IpPermission): string[] {
  let found = internetSourcesOf.get(p);
  if (!found) {
    found = [...p.ipv4Ranges.filter((r) => r.cidr === INTERNET_V4), ...p.ipv6Ranges.filter((r) => r.cidr === INTERNET_V6)].map((r) => r.cidr);
    internetSourcesOf.set(p, found);
  }
  return found;
}

/**
 * Does the permission admit the whole internet, IPv4 or IPv6? The same test as a non-empty
 * internetSources(p), without building or looking up a list: a dozen rules ask it of every rule of
 * every group.
 */
export function admitsInternet(p: IpPermission): boolean {
  for (const r of p.ipv4Ranges) if (r.cidr === INTERNET_V4) return true;
  for (const r of p.ipv6Ranges) if (r.cidr === INTERNET_V6) return true;
  return false;
}

/**
 * Does the permission admit `protocol` traffic on any of `ports`? Protocol "-1" (all) admits every
 * port of every protocol; for TCP/UDP a missing or -1 port range means all ports. The protocol is
 * read once, not once per port: port families of two dozen ports are checked against every rule of
 * every group.
 */
export function admitsAnyPort(p: IpPermission, ports: readonly number[], protocols: Array<'tcp' | 'udp'> = ['tcp']): boolean {
  if (!ports.length) return false;
  const proto = normaliseProtocol(p.ipProtocol);
  if (proto === 'all') return true;
  if (!protocols.includes(proto as 'tcp' | 'udp')) return false;
  if (p.fromPort === undefined || p.toPort === undefined || p.fromPort === -1) return true;
  for (const port of ports) if (p.fromPort <= port && port <= p.toPort) return true;
  return false;
}

/** All ports of all protocols, or the full 0-65535 range of TCP or UDP. */
export function admitsAllPorts(p: IpPermission): boolean {
  const proto = normaliseProtocol(p.ipProtocol);
  if (proto === 'all') return true;
  if (proto !== 'tcp' && proto !== 'udp') return false;
  return p.fromPort === undefined || p.fromPort === -1 || (p.fromPort <= 0 && (p.toPort ?? 65535) >= 65535);
}

/** Protocols appear as names or IANA numbers ("6", "17"); "-1" means all. */
export function normaliseProtocol(proto: string): string {
  const p = proto.toLowerCase();
  if (p === '-1' || p === 'all') return 'all';
  if (p === '6') return 'tcp';
  if (p === '17') return 'udp';
  if (p === '1') return 'icmp';
  if (p === '58') return 'icmpv6';
  return p;
}

const internetRuleText = new WeakMap<IpPermission, string>();

/** "tcp port 22 from 0.0.0.0/0": the same rule is quoted by every port family it opens, so it is written once. */
export function describeInternetRule(p: IpPermission): string {
  let text = internetRuleText.get(p);
  if (text === undefined) internetRuleText.set(p, (text = `${describePermission(p)} from ${internetSources(p).join(' and ')}`));
  return text;
}

export function describePermission(p: IpPermission): string {
  const proto = normaliseProtocol(p.ipProtocol);
  if (proto === 'all') return 'all traffic';
  const ports = p.fromPort === undefined || p.fromPort === -1 ? 'all ports' : p.fromPort === p.toPort ? `port ${p.fromPort}` : `ports ${p.fromPort}-${p.toPort}`;
  return `${proto} ${ports}`;
}
