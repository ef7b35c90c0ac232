import { NO_CUSTOMER_TEXT } from '../../core/evidence.js';
import { addressValue, cidrInterval, cidrSet, formatAddress, internetSpace, toCidrs } from './addresses.js';
import { contains, EMPTY, equals, intersect, isEmpty, subtract, union } from './intervals.js';
import { NetworkModel } from './model.js';
import { admitsProtocol, EPHEMERAL, hasPorts, PORT_SPACE, PROTOCOLS } from './protocols.js';
const NOTHING_ADMITTED = {
    ipv4: 'ipv4: security groups, network ACL and routes together admit nothing from the sources',
    ipv6: 'ipv6: security groups, network ACL and routes together admit nothing from the sources',
};
/**
 * Answers "can a packet from X reach this interface, on which protocol and ports?" the way a VPC
 * forwards it: a gateway route for the reply (longest prefix wins; blackholes drop), the subnet NACL
 * inbound in rule order, the NACL outbound for the stateless reply to ephemeral ports, and the
 * union of the interface's security groups (stateful).
 */
export class NetworkAnalysis {
    model;
    internetCache = new Map();
    internetQuestions = new Map();
    subnetViews = new Map();
    /** Per security group id, its rectangles per (family, protocol) slot. */
    groupCache = new Map();
    tables = { ipv4: new SetTable('ipv4'), ipv6: new SetTable('ipv6') };
    exposedBehind = new Map();
    byList = new WeakMap();
    constructor(inventory, account) {
        this.model = new NetworkModel(inventory, account);
    }
    /** Exposure of every network interface to the internet (IPv4 via public addresses, IPv6 via global addresses). */
    internetExposure(eni) {
        const cached = this.internetCache.get(eni.id);
        if (cached)
            return cached;
        const result = { networkInterface: eni, owner: ownerOf(eni), exposures: [], reasons: [] };
        const subnet = this.model.subnets.get(eni.subnetId);
        if (!subnet) {
            result.reasons.push(`subnet ${eni.subnetId} is not in the inventory`);
        }
        else {
            const questions = this.internetQuestions.get(subnet.vpcId) ?? this.askInternet(subnet.vpcId);
            if (!eni.publicIps.length)
                result.reasons.push('no public IPv4 address');
            else
                this.answer(eni, subnet, questions.ipv4, eni.publicIps[0], result.exposures, result.reasons);
            // Only global IPv6 addresses are reachable; the first one names the destination.
            const v6 = eni.ipv6Addresses.length ? eni.ipv6Addresses.find((a) => addressValue(a)?.family === 'ipv6') : undefined;
            if (v6 === undefined)
                result.reasons.push('no IPv6 address');
            else
                this.answer(eni, subnet, questions.ipv6, v6, result.exposures, result.reasons);
        }
        this.internetCache.set(eni.id, result);
        return result;
    }
    /**
     * The answers for a list of interfaces, in list order. The port-family rules walk the same
     * list (inventory lists are stable per view) and read the answers by position: looking each
     * interface up by id, once per rule, cost more on a large estate than the answers' reuse saved.
     */
    internetExposures(interfaces) {
        let found = this.byList.get(interfaces);
        if (!found) {
            found = interfaces.map((eni) => this.internetExposure(eni));
            this.byList.set(interfaces, found);
        }
        return found;
    }
    /**
     * The interfaces behind a security group that are reachable from the internet at all, in the
     * order the group lists them. Several rules ask this of the same group, one port family each.
     */
    internetExposedBehind(groupId) {
        let found = this.exposedBehind.get(groupId);
        if (!found) {
            found = [];
            for (const eni of this.model.interfacesByGroup.get(groupId) ?? []) {
                const r = this.internetExposure(eni);
                if (r.exposures.length)
                    found.push(r);
            }
            this.exposedBehind.set(groupId, found);
        }
        return found;
    }
    /** Exposure to the networks on the other side of each active VPC peering connection. */
    peerExposure(eni) {
        const subnet = this.model.subnets.get(eni.subnetId);
        if (!subnet)
            return [];
        const out = [];
        for (const p of this.model.peerings.values()) {
            if (p.status !== 'active')
                continue;
            const peer = p.requester.vpcId === subnet.vpcId ? p.accepter : p.accepter.vpcId === subnet.vpcId ? p.requester : undefined;
            if (!peer)
                continue;
            const exposures = [];
            for (const family of ['ipv4', 'ipv6']) {
                const sources = cidrSet(peer.cidrBlocks, family);
                if (isEmpty(sources))
                    continue;
                const destinations = family === 'ipv4' ? eni.privateIpAddresses : eni.ipv6Addresses;
                if (!destinations.length)
                    continue;
                this.answer(eni, subnet, { key: p.id, family, viewKey: `${p.id}|${family}`, sources, viaGateway: (t) => t === p.id }, destinations[0], exposures, []);
            }
            out.push({ peering: p.id, peerVpc: peer.vpcId, exposures });
        }
        return out;
    }
    /** Protocol/port ranges the interface's security groups admit from members of another group. */
    fromSecurityGroup(eni, groupId) {
        const out = [];
        for (const sgId of eni.securityGroupIds) {
            const sg = this.model.securityGroups.get(sgId);
            for (const p of sg?.ingress ?? [])
                if (p.groupPairs.some((g) => g.groupId === groupId))
                    out.push({ protocol: p.ipProtocol, fromPort: p.fromPort, toPort: p.toPort, via: sgId });
        }
        return out;
    }
    /** The internet questions of one VPC (its attached gateways carry the replies), asked by every interface in it. */
    askInternet(vpcId) {
        const viaGateway = (t) => t.startsWith('igw-') && this.model.igwAttached(vpcId, t);
        const ask = (family) => ({ key: 'internet', family, viewKey: `internet|${family}`, sources: internetSpace(family), viaGateway });
        const questions = { ipv4: ask('ipv4'), ipv6: ask('ipv6') };
        this.internetQuestions.set(vpcId, questions);
        return questions;
    }
    subnetView(subnet, q) {
        let views = this.subnetViews.get(subnet);
        if (!views)
            this.subnetViews.set(subnet, (views = new Map()));
        let view = views.get(q.viewKey);
        if (!view)
            views.set(q.viewKey, (view = this.buildView(subnet, q)));
        return view;
    }
    /** Per subnet and question: what routes and the NACL let through, by protocol (shared by every interface there). */
    buildView(subnet, q) {
        const rt = this.model.routeTableFor(subnet);
        const nacl = this.model.naclFor(subnet);
        const table = this.tables[q.family];
        const view = { subnet, family: q.family, rt, nacl, table, groups: this.model.securityGroups, protocols: [], segments: new Map(), routes: new Map() };
        const routable = rt ? routedVia(rt.routes, q.family, q.sources, q.viaGateway) : EMPTY;
        if (isEmpty(routable)) {
            view.noRoute = `${q.family}: no route in ${rt ? `route table ${rt.id}` : `a route table of ${subnet.id}`} sends replies to the sources through a matching gateway`;
            return view;
        }
        PROTOCOLS.forEach((protocol, index) => {
            if ((protocol === 'icmp' && q.family === 'ipv6') || (protocol === 'icmpv6' && q.family === 'ipv4'))
                return;
            const inbound = inRuleOrder((nacl?.entries ?? []).filter((e) => !e.egress && admitsProtocol(e.protocol, protocol)));
            const outbound = inRuleOrder((nacl?.entries ?? []).filter((e) => e.egress && admitsProtocol(e.protocol, protocol)));
            // Replies leave to the client's ephemeral port (TCP/UDP) or as ICMP; the NACL must let them out.
            const reachable = nacl ? naclAllowedOverPorts(outbound, q.family, protocol, hasPorts(protocol) ? EPHEMERAL : { lo: 0, hi: 0 }, routable) : routable;
            if (isEmpty(reachable))
                return;
            const naclIn = portSegments(protocol, inbound.map(entryPorts)).map(([lo, hi]) => ({ lo, hi, set: table.intern(nacl ? naclAllowedAt(inbound, q.family, lo, reachable) : reachable) }));
            const slot = (q.family === 'ipv4' ? 0 : PROTOCOLS.length) + index;
            view.protocols.push({ protocol, slot, naclIn, cuts: hasPorts(protocol) ? cutPoints(naclIn) : NO_PORT_CUTS, inbound, outbound, replyEntries: new Map() });
        });
        return view;
    }
    /** Per security group: its ingress as (port range, source set) rectangles for one family and protocol. */
    groupRects(groupId, family, protocol, slot) {
        let slots = this.groupCache.get(groupId);
        if (!slots)
            this.groupCache.set(groupId, (slots = []));
        let found = slots[slot];
        if (!found) {
            const rects = [];
            for (const p of this.model.securityGroups.get(groupId)?.ingress ?? []) {
                if (!admitsProtocol(p.ipProtocol, protocol))
                    continue;
                const set = this.tables[family].intern(permSources(p, family));
                if (isEmpty(set))
                    continue;
                const ports = hasPorts(protocol) ? permPorts(p) : { lo: 0, hi: 0 };
                rects.push({ lo: ports.lo, hi: ports.hi, set });
            }
            slots[slot] = found = { rects, cuts: hasPorts(protocol) ? cutPoints(rects) : NO_PORT_CUTS };
        }
        return found;
    }
    answer(eni, subnet, q, destination, exposures, reasons) {
        const view = this.subnetView(subnet, q);
        if (view.noRoute) {
            reasons.push(view.noRoute);
            return;
        }
        const key = eni.securityGroupIds.join(' ');
        let segments = view.segments.get(key);
        if (!segments)
            view.segments.set(key, (segments = this.segmentsBehind(view, eni.securityGroupIds)));
        if (!segments.length)
            reasons.push(NOTHING_ADMITTED[q.family]);
        for (const s of segments)
            exposures.push(new LazyExposure(s, destination));
    }
    /**
     * What gets through to an interface of the view behind these groups: per protocol, the port
     * space is cut wherever a group rectangle or a NACL segment starts or ends, each piece gets the
     * union over covering rectangles of (rectangle sources ∩ NACL-admitted sources), and adjacent
     * pieces with the same sources are joined.
     */
    segmentsBehind(view, groupIds) {
        const out = [];
        const table = view.table;
        for (const pv of view.protocols) {
            const held = [];
            let cuts = pv.cuts;
            for (const id of groupIds) {
                const g = this.groupRects(id, view.family, pv.protocol, pv.slot);
                if (!g.rects.length)
                    continue;
                held.push(g);
                if (cuts !== NO_PORT_CUTS)
                    cuts = mergeCuts(cuts, g.cuts, cuts === SCRATCH_A ? SCRATCH_B : SCRATCH_A);
            }
            if (!held.length)
                continue;
            const naclIn = pv.naclIn;
            let n = 0;
            // The piece being grown: [from, to] with sources `open` (EMPTY when none is open).
            let open = EMPTY;
            let from = 0;
            let to = 0;
            for (let i = 0; i + 1 < cuts.length; i++) {
                const lo = cuts[i];
                const hi = cuts[i + 1] - 1;
                while (n < naclIn.length && naclIn[n].hi < lo)
                    n++;
                const allowed = n < naclIn.length ? naclIn[n].set : EMPTY;
                let set = EMPTY;
                if (allowed.length)
                    for (const g of held)
                        for (const r of g.rects)
                            if (r.lo <= lo && lo <= r.hi)
                                set = table.union(set, table.intersect(r.set, allowed));
                if (set.length && open.length && to + 1 === lo && (open === set || equals(open, set))) {
                    to = hi;
                    continue;
                }
                if (open.length)
                    out.push(new ExposureSegment(view, pv, groupIds, from, to, open));
                open = set;
                from = lo;
                to = hi;
            }
            if (open.length)
                out.push(new ExposureSegment(view, pv, groupIds, from, to, open));
        }
        return out;
    }
}
/** ICMP has one pseudo-port, 0: a single piece [0, 0]. */
const NO_PORT_CUTS = [0, 1];
/** Buffers the cut points of one interface are merged in (two, since a merge reads one and writes the other). */
const SCRATCH_A = [];
const SCRATCH_B = [];
/**
 * Interval sets of one family, interned by content so that equal sets are one object. The same
 * few source sets recur across an estate (0.0.0.0/0, office ranges, what a NACL admits); interned,
 * their intersections and unions are memoised by identity, and what evidence derives from a set
 * (its CIDR blocks, an example source) is worked out once per set rather than once per interface.
 */
class SetTable {
    family;
    byContent = new Map();
    intersections = new Map();
    unions = new Map();
    cidrLists = new Map();
    examples = new Map();
    constructor(family) {
        this.family = family;
    }
    intern(set) {
        if (!set.length)
            return EMPTY;
        let key = '';
        for (const [a, b] of set)
            key += `${a.toString(16)}-${b.toString(16)},`;
        const known = this.byContent.get(key);
        if (known)
            return known;
        this.byContent.set(key, set);
        return set;
    }
    /** a ∩ b, for interned sets. */
    intersect(a, b) {
        let row = this.intersections.get(a);
        if (!row)
            this.intersections.set(a, (row = new Map()));
        let found = row.get(b);
        if (!found)
            row.set(b, (found = this.intern(intersect(a, b))));
        return found;
    }
    /** a ∪ b, for interned sets. */
    union(a, b) {
        if (!a.length)
            return b;
        if (!b.length)
            return a;
        let row = this.unions.get(a);
        if (!row)
            this.unions.set(a, (row = new Map()));
        let found = row.get(b);
        if (!found)
            row.set(b, (found = this.intern(union(a, b))));
        return found;
    }
    /** An interned set as CIDR blocks for evidence; the whole internet reads as 0.0.0.0/0 or ::/0. */
    cidrs(set) {
        let found = this.cidrLists.get(set);
        if (!found) {
            found = equals(set, internetSpace(this.family)) ? [this.family === 'ipv4' ? '0.0.0.0/0' : '::/0'] : toCidrs(set, this.family);
            this.cidrLists.set(set, found);
        }
        return found;
    }
    /** The lowest address of an interned set, the source a proof follows. */
    example(set) {
        let found = this.examples.get(set);
        if (found === undefined)
            this.examples.set(set, (found = formatAddress(set[0][0], this.family)));
        return found;
    }
}
/**
 * One exposed protocol and port range of a subnet view behind a list of security groups, with the
 * sources that get through: shared by every interface there behind those groups. Its proof (every
 * hop but the destination) is worked out when first read.
 */
class ExposureSegment {
    view;
    pv;
    groupIds;
    fromPort;
    toPort;
    set;
    hops;
    constructor(view, pv, groupIds, fromPort, toPort, set) {
        this.view = view;
        this.pv = pv;
        this.groupIds = groupIds;
        this.fromPort = fromPort;
        this.toPort = toPort;
        this.set = set;
    }
    /** The proving path to one destination, for the lowest source address and the first port. */
    path(destination) {
        const h = (this.hops ??= proveSegment(this));
        // Same keys in the same order as the hops followed by the destination, so evidence JSON is stable.
        return {
            gateway: h.gateway,
            routeTable: h.routeTable,
            route: h.route,
            networkAcl: h.networkAcl,
            naclInboundRule: h.naclInboundRule,
            naclOutboundRule: h.naclOutboundRule,
            securityGroup: h.securityGroup,
            securityGroupRule: h.securityGroupRule,
            exampleSource: h.exampleSource,
            destination,
        };
    }
}
/** The hops a packet from the segment's lowest source address to its first port takes. */
function proveSegment(s) {
    const { view, pv, set, fromPort: from } = s;
    const { family, rt, nacl } = view;
    const src = set[0][0];
    const route = rt ? replyRoute(view, rt, set) : undefined;
    const naclIn = nacl ? pv.inbound.find((e) => entryDecides(e, family, from, src)) : undefined;
    const naclOut = nacl ? replyEntry(pv, family, set) : undefined;
    const hit = groupRuleAdmitting(view.groups, s.groupIds, pv.protocol, family, from, src);
    return {
        gateway: route?.target ?? 'unknown',
        routeTable: rt?.id,
        route: route ? `${route.destinationCidrBlock ?? route.destinationIpv6CidrBlock} -> ${route.target}` : undefined,
        networkAcl: nacl?.id,
        naclInboundRule: naclIn?.ruleNumber,
        naclOutboundRule: naclOut?.ruleNumber,
        securityGroup: hit?.g.id ?? 'unknown',
        securityGroupRule: hit ? describePermission(hit.p) : 'unknown',
        exampleSource: view.table.example(set),
    };
}
/** The longest-prefix route for the lowest address of `set` (memoised per set: proofs of a subnet share few sources). */
function replyRoute(view, rt, set) {
    let found = view.routes.get(set);
    if (found === undefined)
        view.routes.set(set, (found = longestMatch(rt.routes, view.family, set[0][0]) ?? null));
    return found ?? undefined;
}
/** The outbound NACL entry that lets the reply to the lowest address of `set` out (memoised per set). */
function replyEntry(pv, family, set) {
    let found = pv.replyEntries.get(set);
    if (found === undefined) {
        const src = set[0][0];
        const replyPorts = hasPorts(pv.protocol) ? EPHEMERAL : { lo: 0, hi: 0 };
        found = decidingEntry(pv.outbound, family, firstAllowedReplyPort(pv.outbound, family, replyPorts, src), src) ?? null;
        pv.replyEntries.set(set, found);
    }
    return found ?? undefined;
}
/** The first rule, in the interface's group order then the group's rule order, that admits the packet. */
function groupRuleAdmitting(groups, groupIds, protocol, family, port, src) {
    for (const id of groupIds) {
        const g = groups.get(id);
        if (g)
            for (const p of g.ingress)
                if (admitsProtocol(p.ipProtocol, protocol) && portIn(permPorts(p), port) && contains(permSources(p, family), src))
                    return { g, p };
    }
    return undefined;
}
/** Paths and source lists cost more than the answer itself; they are worked out when first read, once per shared segment. */
class LazyExposure {
    segment;
    destination;
    [NO_CUSTOMER_TEXT] = true;
    family;
    protocol;
    fromPort;
    toPort;
    provenPath;
    constructor(segment, destination) {
        this.segment = segment;
        this.destination = destination;
        this.family = segment.view.family;
        this.protocol = segment.pv.protocol;
        this.fromPort = segment.fromPort;
        this.toPort = segment.toPort;
    }
    /** Shared by every exposure of the same sources: read-only. */
    get sources() {
        return this.segment.view.table.cidrs(this.segment.set);
    }
    get path() {
        return (this.provenPath ??= this.segment.path(this.destination));
    }
    toJSON() {
        return { family: this.family, protocol: this.protocol, fromPort: this.fromPort, toPort: this.toPort, sources: this.sources, path: this.path };
    }
}
function describePermission(p) {
    const ports = p.fromPort === undefined || p.fromPort === -1 ? 'all ports' : p.fromPort === p.toPort ? `port ${p.fromPort}` : `ports ${p.fromPort}-${p.toPort}`;
    const src = [...p.ipv4Ranges.map((r) => r.cidr), ...p.ipv6Ranges.map((r) => r.cidr)].join(', ');
    return `${p.ipProtocol === '-1' ? 'all traffic' : `${p.ipProtocol} ${ports}`} from ${src}`;
}
function permPorts(p) {
    if (p.fromPort === undefined || p.fromPort === -1 || p.toPort === undefined || p.toPort === -1 || !['tcp', 'udp', '6', '17'].includes(p.ipProtocol.toLowerCase()))
        return PORT_SPACE;
    return { lo: p.fromPort, hi: p.toPort };
}
function entryPorts(e) {
    return e.portRange ? { lo: e.portRange.from, hi: e.portRange.to } : PORT_SPACE;
}
const portIn = (r, port) => r.lo <= port && port <= r.hi;
const sourcesOf = new WeakMap();
/** A permission's sources as an interval set; parsed once, since every interface behind the group asks. */
function permSources(p, family) {
    let known = sourcesOf.get(p);
    if (!known)
        sourcesOf.set(p, (known = {}));
    return (known[family] ??= cidrSet((family === 'ipv4' ? p.ipv4Ranges : p.ipv6Ranges).map((r) => r.cidr), family));
}
/** Port intervals over which every given range is either fully in or fully out. */
function portSegments(protocol, ranges) {
    if (!hasPorts(protocol))
        return [[0, 0]];
    const cuts = cutPoints(ranges);
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i++)
        out.push([cuts[i], cuts[i + 1] - 1]);
    return out;
}
/** Where the ranges cut the port space (its ends, each range's start and the port after its end), sorted and distinct. */
function cutPoints(ranges) {
    const cuts = new Set([PORT_SPACE.lo, PORT_SPACE.hi + 1]);
    for (const r of ranges) {
        cuts.add(Math.max(r.lo, PORT_SPACE.lo));
        if (r.hi + 1 <= PORT_SPACE.hi + 1)
            cuts.add(r.hi + 1);
    }
    return [...cuts].sort((a, b) => a - b);
}
/** The sorted, distinct union of two sorted, distinct lists of cut points, written into `out`. */
function mergeCuts(a, b, out) {
    out.length = 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
        if (!out.length || out[out.length - 1] !== v)
            out.push(v);
    }
    return out;
}
function entryCidr(e, family) {
    const c = family === 'ipv4' ? e.cidrBlock : e.ipv6CidrBlock;
    const i = c ? cidrInterval(c) : undefined;
    return i && i.family === family ? [i.interval] : undefined;
}
/** NACL rules apply in rule-number order; the first that matches a packet decides it. */
function naclAllowedAt(entries, family, port, among) {
    let remaining = among;
    let allowed = EMPTY;
    for (const e of [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber)) {
        if (isEmpty(remaining))
            break;
        const c = entryCidr(e, family);
        if (!c || !portIn(entryPorts(e), port))
            continue;
        const m = intersect(remaining, c);
        if (e.ruleAction === 'allow')
            allowed = union(allowed, m);
        remaining = subtract(remaining, m);
    }
    return allowed;
}
function decidingEntry(entries, family, port, addr) {
    return inRuleOrder(entries).find((e) => entryDecides(e, family, port, addr));
}
/** Entries sorted by rule number (a stable sort: ties keep their order). */
function inRuleOrder(entries) {
    return [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber);
}
/** Does the entry match a packet from `addr` to `port`? */
function entryDecides(e, family, port, addr) {
    const c = entryCidr(e, family);
    return !!c && portIn(entryPorts(e), port) && contains(c, addr);
}
/** Addresses to which the NACL lets a packet out on at least one port of `ports`. */
function naclAllowedOverPorts(entries, family, protocol, ports, among) {
    let allowed = EMPTY;
    const segments = hasPorts(protocol) ? portSegments(protocol, entries.map(entryPorts)).filter(([lo, hi]) => hi >= ports.lo && lo <= ports.hi) : [[0, 0]];
    for (const [lo] of segments)
        allowed = union(allowed, naclAllowedAt(entries, family, Math.max(lo, ports.lo), among));
    return allowed;
}
function firstAllowedReplyPort(entries, family, ports, addr) {
    for (const [lo] of portSegments('tcp', entries.map(entryPorts)).filter(([l, h]) => h >= ports.lo && l <= ports.hi)) {
        const p = Math.max(lo, ports.lo);
        if (decidingEntry(entries, family, p, addr)?.ruleAction === 'allow')
            return p;
    }
    return ports.lo;
}
function routeCidr(r, family) {
    const c = family === 'ipv4' ? r.destinationCidrBlock : r.destinationIpv6CidrBlock;
    const i = c ? cidrInterval(c) : undefined;
    return i && i.family === family ? { interval: [i.interval], prefix: i.prefix } : undefined;
}
/** Of `sources`, the addresses whose longest-prefix route is active and points at a matching gateway. */
function routedVia(routes, family, sources, viaGateway) {
    const ordered = routes
        .map((r) => ({ r, c: routeCidr(r, family) }))
        .filter((x) => !!x.c)
        .sort((a, b) => b.c.prefix - a.c.prefix);
    let remaining = sources;
    let via = EMPTY;
    for (const { r, c } of ordered) {
        if (isEmpty(remaining))
            break;
        const m = intersect(remaining, c.interval);
        if (r.state !== 'blackhole' && viaGateway(r.target))
            via = union(via, m);
        remaining = subtract(remaining, m);
    }
    return via;
}
function longestMatch(routes, family, addr) {
    return routes
        .map((r) => ({ r, c: routeCidr(r, family) }))
        .filter((x) => x.c && contains(x.c.interval, addr))
        .sort((a, b) => b.c.prefix - a.c.prefix)[0]?.r;
}
/** What runs behind an interface, from its attachment and the description AWS gives managed ENIs. */
export function ownerOf(eni) {
    if (eni.attachedInstanceId)
        return { type: 'AWS::EC2::Instance', id: eni.attachedInstanceId };
    const d = eni.description;
    let m;
    if (eni.interfaceType === 'nat_gateway' || /^Interface for NAT Gateway (nat-\w+)/.test(d))
        return { type: 'AWS::EC2::NatGateway', id: /nat-\w+/.exec(d)?.[0] ?? eni.id };
    if ((m = /^Amazon EKS (.+)$/.exec(d)))
        return { type: 'AWS::EKS::Cluster', id: m[1] };
    if ((m = /^ELB (.+)$/.exec(d)))
        return { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', id: m[1] };
    if ((m = /^VPC Endpoint Interface (vpce-\w+)/.exec(d)))
        return { type: 'AWS::EC2::VPCEndpoint', id: m[1] };
    if (/^arn:aws[\w-]*:ecs:/.test(d) || eni.interfaceType === 'ecs_task' || /ecs/i.test(eni.requesterId ?? ''))
        return { type: 'AWS::ECS::Task', id: d || eni.id };
    if (/sagemaker/i.test(d))
        return { type: 'AWS::SageMaker::NotebookInstance', id: d };
    return { type: 'AWS::EC2::NetworkInterface', id: eni.id };
}
/** One analysis per inventory, built on first use. */
export function analyseNetwork(inventory) {
    return new NetworkAnalysis(inventory);
}
