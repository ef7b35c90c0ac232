import ipaddr from 'ipaddr.js';

/** Is `ip` inside `block` (a CIDR, or a single address)? Mixed families never match. */
export function inCidrBlock(block: string, ip: string): boolean {
  try {
    const addr = ipaddr.process(ip);
    const [base, prefix] = block.includes('/') ? ipaddr.parseCIDR(block) : [ipaddr.process(block), ipaddr.process(block).kind() === 'ipv4' ? 32 : 128];
    const b = base.kind() === 'ipv6' && (base as ipaddr.IPv6).isIPv4MappedAddress() ? (base as ipaddr.IPv6).toIPv4Address() : base;
    if (addr.kind() !== b.kind()) return false;
    return addr.kind() === 'ipv4' ? (addr as ipaddr.IPv4).match(b as ipaddr.IPv4, prefix) : (addr as ipaddr.IPv6).match(b as ipaddr.IPv6, prefix);
  } catch {
    return false;
  }
}
