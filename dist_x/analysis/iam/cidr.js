import ipaddr from 'ipaddr.js';
/** Is `ip` inside `block` (a CIDR, or a single address)? Mixed families never match. */
export function inCidrBlock(block, ip) {
    try {
        const addr = ipaddr.process(ip);
        const [base, prefix] = block.includes('/') ? ipaddr.parseCIDR(block) : [ipaddr.process(block), ipaddr.process(block).kind() === 'ipv4' ? 32 : 128];
        const b = base.kind() === 'ipv6' && base.isIPv4MappedAddress() ? base.toIPv4Address() : base;
        if (addr.kind() !== b.kind())
            return false;
        return addr.kind() === 'ipv4' ? addr.match(b, prefix) : addr.match(b, prefix);
    }
    catch {
        return false;
    }
}
