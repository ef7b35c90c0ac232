import ipaddr from 'ipaddr.js';
import { normalise, subtract } from './intervals.js';
const BITS = { ipv4: 32, ipv6: 128 };
function toBigInt(bytes) {
    return bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
}
function fromBigInt(v, family) {
    const bytes = [];
    for (let i = 0; i < BITS[family] / 8; i++)
        bytes.unshift(Number((v >> BigInt(8 * i)) & 0xffn));
    return ipaddr.fromByteArray(bytes).toString();
}
/** A CIDR block as an address interval; undefined when it does not parse. */
const cidrCache = new Map();
export function cidrInterval(cidr) {
    // The same few CIDRs (0.0.0.0/0, office ranges) recur across thousands of rules.
    if (cidrCache.has(cidr))
        return cidrCache.get(cidr);
    const parsed = parseCidr(cidr);
    if (cidrCache.size < 100_000)
        cidrCache.set(cidr, parsed);
    return parsed;
}
function parseCidr(cidr) {
    try {
        const [addr, prefix] = cidr.includes(':') ? ipaddr.IPv6.parseCIDR(cidr) : ipaddr.IPv4.parseCIDR(cidr);
        const family = addr.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
        const bits = BITS[family];
        const base = toBigInt(addr.toByteArray());
        const hostBits = BigInt(bits - prefix);
        const start = (base >> hostBits) << hostBits;
        return { family, interval: [start, start + (1n << hostBits) - 1n], prefix };
    }
    catch {
        return undefined;
    }
}
export function addressValue(ip) {
    try {
        const a = ipaddr.parse(ip);
        return { family: a.kind() === 'ipv4' ? 'ipv4' : 'ipv6', value: toBigInt(a.toByteArray()) };
    }
    catch {
        return undefined;
    }
}
export function formatAddress(v, family) {
    return fromBigInt(v, family);
}
/** The smallest list of CIDR blocks covering exactly the set, for messages and evidence. */
export function toCidrs(set, family, limit = 8) {
    const bits = BigInt(BITS[family]);
    const out = [];
    for (const [start, end] of set) {
        let s = start;
        while (s <= end) {
            let size = 0n;
            while (size < bits && (s & ((1n << (size + 1n)) - 1n)) === 0n && s + (1n << (size + 1n)) - 1n <= end)
                size++;
            out.push(`${fromBigInt(s, family)}/${bits - size}`);
            if (out.length >= limit)
                return [...out, '…'];
            s += 1n << size;
        }
    }
    return out;
}
export function fullSpace(family) {
    return [[0n, (1n << BigInt(BITS[family])) - 1n]];
}
const NON_INTERNET_V4 = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.168.0.0/16', '224.0.0.0/3'];
/**
 * Addresses a packet from the internet can carry as its source: IPv4 without the private, shared,
 * loopback, link-local and multicast ranges (documentation ranges stay: people use them as
 * stand-ins for public addresses), and IPv6 global unicast (2000::/3).
 */
export function internetSpace(family) {
    return family === 'ipv6' ? INTERNET_V6 : INTERNET_V4;
}
const INTERNET_V6 = [cidrInterval('2000::/3').interval];
const INTERNET_V4 = subtract(fullSpace('ipv4'), normalise(NON_INTERNET_V4.map((c) => cidrInterval(c).interval)));
export function cidrSet(cidrs, family) {
    return normalise(cidrs
        .map(cidrInterval)
        .filter((c) => !!c && c.family === family)
        .map((c) => c.interval));
}
