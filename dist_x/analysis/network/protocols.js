/** Protocols the analysis answers for; "-1" (all) in a rule admits each of them. */
export const PROTOCOLS = ['tcp', 'udp', 'icmp', 'icmpv6'];
/** SG and NACL rules name protocols by name or IANA number; -1 means all. */
export function protocolOf(value) {
    const p = value.toLowerCase();
    if (p === '-1' || p === 'all')
        return 'all';
    if (p === 'tcp' || p === '6')
        return 'tcp';
    if (p === 'udp' || p === '17')
        return 'udp';
    if (p === 'icmp' || p === '1')
        return 'icmp';
    if (p === 'icmpv6' || p === '58')
        return 'icmpv6';
    return 'other';
}
export function admitsProtocol(ruleProtocol, p) {
    const r = protocolOf(ruleProtocol);
    return r === 'all' || r === p;
}
/** Protocols with ports; ICMP is modelled as one pseudo-port (0) since rules here carry no type/code. */
export const hasPorts = (p) => p === 'tcp' || p === 'udp';
export const PORT_SPACE = { lo: 0, hi: 65535 };
/** Client ports a reply goes back to; AWS's NACL guidance uses 1024-65535 to cover common OS ranges. */
export const EPHEMERAL = { lo: 1024, hi: 65535 };
