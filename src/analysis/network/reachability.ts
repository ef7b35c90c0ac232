import { NO_CUSTOMER_TEXT } from '../../core/evidence.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { IpPermission } from '../../inventory/resources/ec2.js';
import type { ResourceOf } from '../../inventory/schema.js';
import { addressValue, cidrInterval, cidrSet, formatAddress, internetSpace, toCidrs, type Family } from './addresses.js';
import { contains, EMPTY, equals, intersect, isEmpty, subtract, union, type IntervalSet } from './intervals.js';
import { NetworkModel } from './model.js';
import { admitsProtocol, EPHEMERAL, hasPorts, PORT_SPACE, PROTOCOLS, type Protocol } from './protocols.js';

type Eni = ResourceOf<'AWS::EC2::NetworkInterface'>;
type Subnet = ResourceOf<'AWS::EC2::Subnet'>;
type NaclEntry = ResourceOf<'AWS::EC2::NetworkAcl'>['entries'][number];
type Route = ResourceOf<'AWS::EC2::RouteTable'>['routes'][number];

/** The hops that prove one exposure, for one representative source address and port. */
export interface ExposurePath {
  gateway: string;
  routeTable?: string;
  route?: string;
  networkAcl?: string;
  naclInboundRule?: number;
  naclOutboundRule?: number;
  securityGroup: string;
  securityGroupRule: string;
  destination: string;
  exampleSource: string;
}

export interface Exposure {
  family: Family;
  protocol: Protocol;
  fromPort: number;
  toPort: number;
  /** Source ranges that get through, as CIDR blocks (first few). */
  sources: string[];
  path: ExposurePath;
}

export interface InterfaceExposure {
  networkInterface: Eni;
  owner: { type: string; id: string };
  exposures: Exposure[];
  /** Why nothing is exposed, when nothing is (for messages). */
  reasons: string[];
}

interface Question {
  /** Identifies the sources and gateway rule; with the family, it keys the per-subnet view. */
  key: string;
  family: Family;
  /** `key|family`, built once per question rather than once per interface. */
  viewKey: string;
  /** Source addresses considered. */
  sources: IntervalSet;
  /** Does a route to this target carry the replies (igw-… for the internet, pcx-… for a peer)? */
  viaGateway: (target: string) => boolean;
}

type Hops = Omit<ExposurePath, 'destination'>;
type RouteTable = ResourceOf<'AWS::EC2::RouteTable'>;
type NetworkAcl = ResourceOf<'AWS::EC2::NetworkAcl'>;
type SecurityGroup = ResourceOf<'AWS::EC2::SecurityGroup'>;

/** A security group's ingress for one family and protocol, as (port range, sources) rectangles. */
interface GroupRects {
  rects: Array<{ lo: number; hi: number; set: IntervalSet }>;
  /** Where the rectangles cut the port space (see cutPoints); worked out once, merged per interface. */
  cuts: readonly number[];
}

/** What routes and the NACL let through to a subnet on one protocol, shared by every interface there. */
interface ProtocolView {
  protocol: Protocol;
  /** Index of (family, protocol) in a group's per-slot rectangles. */
  slot: number;
  /** Sources the NACL admits inbound, per port segment; the segments partition the port space (ICMP: one, port 0). */
  naclIn: Array<{ lo: number; hi: number; set: IntervalSet }>;
  /** Where those segments cut the port space. */
  cuts: readonly number[];
  /** The NACL's entries for this protocol in rule order, for proofs. */
  inbound: NaclEntry[];
  outbound: NaclEntry[];
  /** The outbound entry that lets the reply to a source set out, per interned set. */
  replyEntries: Map<IntervalSet, NaclEntry | null>;
}

/** One question (internet, or one peering) about one subnet, for one family. */
interface SubnetView {
  subnet: Subnet;
  family: Family;
  rt?: RouteTable;
  nacl?: NetworkAcl;
  table: SetTable;
  groups: Map<string, SecurityGroup>;
  /** Why nothing gets in when no route returns the replies through a matching gateway. */
  noRoute?: string;
  protocols: ProtocolView[];
  /** Exposed segments per list of security groups: interfaces behind the same groups here (an auto scaling group, an ECS service) share them. */
  segments: Map<string, ExposureSegment[]>;
  /** The route that carries the reply to a source set, per interned set. */
  routes: Map<IntervalSet, Route | null>;
}

const NOTHING_ADMITTED: Record<Family, string> = {
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
  readonly model: NetworkModel;
  private readonly internetCache = new Map<string, InterfaceExposure>();
  private readonly internetQuestions = new Map<string, Record<Family, Question>>();
  private readonly subnetViews = new Map<Subnet, Map<string, SubnetView>>();
  /** Per security group id, its rectangles per (family, protocol) slot. */
  private readonly groupCache = new Map<string, Array<GroupRects | undefined>>();
  private readonly tables: Record<Family, SetTable> = { ipv4: new SetTable('ipv4'), ipv6: new SetTable('ipv6') };
  private readonly exposedBehind = new Map<string, InterfaceExposure[]>();
  private readonly byList = new WeakMap<readonly Eni[], InterfaceExposure[]>();

  constructor(inventory: Inventory, account?: string) {
    this.model = new NetworkModel(inventory, account);
  }

  /** Exposure of every network interface to the internet (IPv4 via public addresses, IPv6 via global addresses). */
  internetExposure(eni: Eni): InterfaceExposure {
    const cached = this.internetCache.get(eni.id);
    if (cached) return cached;
    const result: InterfaceExposure = { networkInterface: eni, owner: ownerOf(eni), exposures: [], reasons: [] };
    const subnet = this.model.subnets.get(eni.subnetId);
    if (!subnet) {
      result.reasons.push(`subnet ${eni.subnetId} is not in the inventory`);
    } else {
      const questions = this.internetQuestions.get(subnet.vpcId) ?? this.askInternet(subnet.vpcId);
      if (!eni.publicIps.length) result.reasons.push('no public IPv4 address');
      else this.answer(eni, subnet, questions.ipv4, eni.publicIps[0], result.exposures, result.reasons);
      // Only global IPv6 addresses are reachable; the first one names the destination.
      const v6 = eni.ipv6Addresses.length ? eni.ipv6Addresses.find((a) => addressValue(a)?.family === 'ipv6') : undefined;
      if (v6 === undefined) result.reasons.push('no IPv6 address');
      else this.answer(eni, subnet, questions.ipv6, v6, result.exposures, result.reasons);
    }
    this.internetCache.set(eni.id, result);
    return result;
  }

  /**
   * The answers for a list of interfaces, in list order. The port-family rules walk the same
   * list (inventory lists are stable per view) and read the answers by position: looking each
   * interface up by id, once per rule, cost more on a large estate than the answers' reuse saved.
   */
  internetExposures(interfaces: readonly Eni[]): InterfaceExposure[] {
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
  internetExposedBehind(groupId: string): InterfaceExposure[] {
    let found = this.exposedBehind.get(groupId);
    if (!found) {
      found = [];
      for (const eni of this.model.interfacesByGroup.get(groupId) ?? []) {
        const r = this.internetExposure(eni);
        if (r.exposures.length) found.push(r);
      }
      this.exposedBehind.set(groupId, found);
    }
    return found;
  }

  /** Exposure to the networks on the other side of each active VPC peering connection. */
  peerExposure(eni: Eni): Array<{ peering: string; peerVpc: string; exposures: Exposure[] }> {
    const subnet = this.model.subnets.get(eni.subnetId);
    if (!subnet) return [];
    const out: Array<{ peering: string; peerVpc: string; exposures: Exposure[] }> = [];
    for (const p of this.model.peerings.values()) {
      if (p.status !== 'active') continue;
      const peer = p.requester.vpcId === subnet.vpcId ? p.accepter : p.accepter.vpcId === subnet.vpcId ? p.requester : undefined;
      if (!peer) continue;
      const exposures: Exposure[] = [];
      for (const family of ['ipv4', 'ipv6'] as const) {
        const sources = cidrSet(peer.cidrBlocks, family);
        if (isEmpty(sources)) continue;
        const destinations = family === 'ipv4' ? eni.privateIpAddresses : eni.ipv6Addresses;
        if (!destinations.length) continue;
        this.answer(eni, subnet, { key: p.id, family, viewKey: `${p.id}|${family}`, sources, viaGateway: (t) => t === p.id }, destinations[0], exposures, []);
      }
      out.push({ peering: p.id, peerVpc: peer.vpcId, exposures });
    }
    return out;
  }

  /** Protocol/port ranges the interface's security groups admit from members of another group. */
  fromSecurityGroup(eni: Eni, groupId: string): Array<{ protocol: string; fromPort?: number; toPort?: number; via: string }> {
    const out: Array<{ protocol: string; fromPort?: number; toPort?: number; via: string }> = [];
    for (const sgId of eni.securityGroupIds) {
      const sg = this.model.securityGroups.get(sgId);
      for (const p of sg?.ingress ?? [])
        if (p.groupPairs.some((g) => g.groupId === groupId)) out.push({ protocol: p.ipProtocol, fromPort: p.fromPort, toPort: p.toPort, via: sgId });
    }
    return out;
  }

  /** The internet questions of one VPC (its attached gateways carry the replies), asked by every interface in it. */
  private askInternet(vpcId: string): Record<Family, Question> {
    const viaGateway = (t: string) => t.startsWith('igw-') && this.model.igwAttached(vpcId, t);
    const ask = (family: Family): Question => ({ key: 'internet', family, viewKey: `internet|${family}`, sources: internetSpace(family), viaGateway });
    const questions = { ipv4: ask('ipv4'), ipv6: ask('ipv6') };
    this.internetQuestions.set(vpcId, questions);
    return questions;
  }

  private subnetView(subnet: Subnet, q: Question): SubnetView {
    let views = this.subnetViews.get(subnet);
    if (!views) this.subnetViews.set(subnet, (views = new Map()));
    let view = views.get(q.viewKey);
    if (!view) views.set(q.viewKey, (view = this.buildView(subnet, q)));
    return view;
  }

  /** Per subnet and question: what routes and the NACL let through, by protocol (shared by every interface there). */
  private buildView(subnet: Subnet, q: Question): SubnetView {
    const rt = this.model.routeTableFor(subnet);
    const nacl = this.model.naclFor(subnet);
    const table = this.tables[q.family];
    const view: SubnetView = { subnet, family: q.family, rt, nacl, table, groups: this.model.securityGroups, protocols: [], segments: new Map(), routes: new Map() };
    const routable = rt ? routedVia(rt.routes, q.family, q.sources, q.viaGateway) : EMPTY;
    if (isEmpty(routable)) {
      view.noRoute = `${q.family}: no route in ${rt ? `route table ${rt.id}` : `a route table of ${subnet.id}`} sends replies to the sources through a matching gateway`;
      return view;
    }
    PROTOCOLS.forEach((protocol, index) => {
      if ((protocol === 'icmp' && q.family === 'ipv6') || (protocol === 'icmpv6' && q.family === 'ipv4')) return;
      const inbound = inRuleOrder((nacl?.entries ?? []).filter((e) => !e.egress && admitsProtocol(e.protocol, protocol)));
      const outbound = inRuleOrder((nacl?.entries ?? []).filter((e) => e.egress && admitsProtocol(e.protocol, protocol)));
      // Replies leave to the client's ephemeral port (TCP/UDP) or as ICMP; the NACL must let them out.
      const reachable = nacl ? naclAllowedOverPorts(outbound, q.family, protocol, hasPorts(protocol) ? EPHEMERAL : { lo: 0, hi: 0 }, routable) : routable;
      if (isEmpty(reachable)) return;
      const naclIn = portSegments(protocol, inbound.map(entryPorts)).map(([lo, hi]) => ({ lo, hi, set: table.intern(nacl ? naclAllowedAt(inbound, q.family, lo, reachable) : reachable) }));
      const slot = (q.family === 'ipv4' ? 0 : PROTOCOLS.length) + index;
      view.protocols.push({ protocol, slot, naclIn, cuts: hasPorts(protocol) ? cutPoints(naclIn) : NO_PORT_CUTS, inbound, outbound, replyEntries: new Map() });
    });
    return view;
  }

  /** Per security group: its ingress as (port range, source set) rectangles for one family and protocol. */
  private groupRects(groupId: string, family: Family, protocol: Protocol, slot: number): GroupRects {
    let slots = this.groupCache.get(groupId);
    if (!slots) this.groupCache.set(groupId, (slots = []));
    let found: GroupRects | undefined = slots[slot];
    if (!found) {
      const rects: GroupRects['rects'] = [];
      for (const p of this.model.securityGroups.get(groupId)?.ingress ?? []) {
        if (!admitsProtocol(p.ipProtocol, protocol)) continue;
        const set = this.tables[family].intern(permSources(p, family));
        if (isEmpty(set)) continue;
        const ports = hasPorts(protocol) ? permPorts(p) : { lo: 0, hi: 0 };
        rects.push({ lo: ports.lo, hi: ports.hi, set });
      }
      slots[slot] = found = { rects, cuts: hasPorts(protocol) ? cutPoints(rects) : NO_PORT_CUTS };
    }
    return found;
  }

  private answer(eni: Eni, subnet: Subnet, q: Question, destination: string, exposures: Exposure[], reasons: string[]): void {
    const view = this.subnetView(subnet, q);
    if (view.noRoute) {
      reasons.push(view.noRoute);
      return;
    }
    const key = eni.securityGroupIds.join(' ');
    let segments = view.segments.get(key);
    if (!segments) view.segments.set(key, (segments = this.segmentsBehind(view, eni.securityGroupIds)));
    if (!segments.length) reasons.push(NOTHING_ADMITTED[q.family]);
    for (const s of segments) exposures.push(new LazyExposure(s, destination));
  }

  /**
   * What gets through to an interface of the view behind these groups: per protocol, the port
   * space is cut wherever a group rectangle or a NACL segment starts or ends, each piece gets the
   * union over covering rectangles of (rectangle sources ∩ NACL-admitted sources), and adjacent
   * pieces with the same sources are joined.
   */
  private segmentsBehind(view: SubnetView, groupIds: readonly string[]): ExposureSegment[] {
    const out: ExposureSegment[] = [];
    const table = view.table;
    for (const pv of view.protocols) {
      const held: GroupRects[] = [];
      let cuts = pv.cuts;
      for (const id of groupIds) {
        const g = this.groupRects(id, view.family, pv.protocol, pv.slot);
        if (!g.rects.length) continue;
        held.push(g);
        if (cuts !== NO_PORT_CUTS) cuts = mergeCuts(cuts, g.cuts, cuts === SCRATCH_A ? SCRATCH_B : SCRATCH_A);
      }
      if (!held.length) continue;
      const naclIn = pv.naclIn;
      let n = 0;
      // The piece being grown: [from, to] with sources `open` (EMPTY when none is open).
      let open: IntervalSet = EMPTY;
      let from = 0;
      let to = 0;
      for (let i = 0; i + 1 < cuts.length; i++) {
        const lo = cuts[i];
        const hi = cuts[i + 1] - 1;
        while (n < naclIn.length && naclIn[n].hi < lo) n++;
        const allowed = n < naclIn.length ? naclIn[n].set : EMPTY;
        let set: IntervalSet = EMPTY;
        if (allowed.length) for (const g of held) for (const r of g.rects) if (r.lo <= lo && lo <= r.hi) set = table.union(set, table.intersect(r.set, allowed));
        if (set.length && open.length && to + 1 === lo && (open === set || equals(open, set))) {
          to = hi;
          continue;
        }
        if (open.length) out.push(new ExposureSegment(view, pv, groupIds, from, to, open));
        open = set;
        from = lo;
        to = hi;
      }
      if (open.length) out.push(new ExposureSegment(view, pv, groupIds, from, to, open));
    }
    return out;
  }
}

/** ICMP has one pseudo-port, 0: a single piece [0, 0]. */
const NO_PORT_CUTS: readonly number[] = [0, 1];
/** Buffers the cut points of one interface are merged in (two, since a merge reads one and writes the other). */
const SCRATCH_A: number[] = [];
const SCRATCH_B: number[] = [];

/**
 * Interval sets of one family, interned by content so that equal sets are one object. The same
 * few source sets recur across an estate (0.0.0.0/0, office ranges, what a NACL admits); interned,
 * their intersections and unions are memoised by identity, and what evidence derives from a set
 * (its CIDR blocks, an example source) is worked out once per set rather than once per interface.
 */
class SetTable {
  private readonly byContent = new Map<string, IntervalSet>();
  private readonly intersections = new Map<IntervalSet, Map<IntervalSet, IntervalSet>>();
  private readonly unions = new Map<IntervalSet, Map<IntervalSet, IntervalSet>>();
  private readonly cidrLists = new Map<IntervalSet, string[]>();
  private readonly examples = new Map<IntervalSet, string>();

  constructor(readonly family: Family) {}

  intern(set: IntervalSet): IntervalSet {
    if (!set.length) return EMPTY;
    let key = '';
    for (const [a, b] of set) key += `${a.toString(16)}-${b.toString(16)},`;
    const known = this.byContent.get(key);
    if (known) return known;
    this.byContent.set(key, set);
    return set;
  }

  /** a ∩ b, for interned sets. */
  intersect(a: IntervalSet, b: IntervalSet): IntervalSet {
    let row = this.intersections.get(a);
    if (!row) this.intersections.set(a, (row = new Map()));
    let found = row.get(b);
    if (!found) row.set(b, (found = this.intern(intersect(a, b))));
    return found;
  }

  /** a ∪ b, for interned sets. */
  union(a: IntervalSet, b: IntervalSet): IntervalSet {
    if (!a.length) return b;
    if (!b.length) return a;
    let row = this.unions.get(a);
    if (!row) this.unions.set(a, (row = new Map()));
    let found = row.get(b);
    if (!found) row.set(b, (found = this.intern(union(a, b))));
    return found;
  }

  /** An interned set as CIDR blocks for evidence; the whole internet reads as 0.0.0.0/0 or ::/0. */
  cidrs(set: IntervalSet): string[] {
    let found = this.cidrLists.get(set);
    if (!found) {
      found = equals(set, internetSpace(this.family)) ? [this.family === 'ipv4' ? '0.0.0.0/0' : '::/0'] : toCidrs(set, this.family);
      this.cidrLists.set(set, found);
    }
    return found;
  }

  /** The lowest address of an interned set, the source a proof follows. */
  example(set: IntervalSet): string {
    let found = this.examples.get(set);
    if (found === undefined) this.examples.set(set, (found = formatAddress(set[0][0], this.family)));
    return found;
  }
}

/**
 * One exposed protocol and port range of a subnet view behind a list of security groups, with the
 * sources that get through: shared by every interface there behind those groups. Its proof (every
 * hop but the destination) is worked out when first read.
 */
class ExposureSegment {
  private hops?: Hops;

  constructor(
    readonly view: SubnetView,
    readonly pv: ProtocolView,
    readonly groupIds: readonly string[],
    readonly fromPort: number,
    readonly toPort: number,
    readonly set: IntervalSet,
  ) {}

  /** The proving path to one destination, for the lowest source address and the first port. */
  path(destination: string): ExposurePath {
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
function proveSegment(s: ExposureSegment): Hops {
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
function replyRoute(view: SubnetView, rt: RouteTable, set: IntervalSet): Route | undefined {
  let found = view.routes.get(set);
  if (found === undefined) view.routes.set(set, (found = longestMatch(rt.routes, view.family, set[0][0]) ?? null));
  return found ?? undefined;
}

/** The outbound NACL entry that lets the reply to the lowest address of `set` out (memoised per set). */
function replyEntry(pv: ProtocolView, family: Family, set: IntervalSet): NaclEntry | undefined {
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
function groupRuleAdmitting(
  groups: Map<string, SecurityGroup>,
  groupIds: readonly string[],
  protocol: Protocol,
  family: Family,
  port: number,
  src: bigint,
): { g: SecurityGroup; p: IpPermission } | undefined {
  for (const id of groupIds) {
    const g = groups.get(id);
    if (g) for (const p of g.ingress) if (admitsProtocol(p.ipProtocol, protocol) && portIn(permPorts(p), port) && contains(permSources(p, family), src)) return { g, p };
  }
  return undefined;
}

/** Paths and source lists cost more than the answer itself; they are worked out when first read, once per shared segment. */
class LazyExposure implements Exposure {
  readonly [NO_CUSTOMER_TEXT] = true;
  readonly family: Family;
  readonly protocol: Protocol;
  readonly fromPort: number;
  readonly toPort: number;
  private provenPath?: ExposurePath;

  constructor(
    private readonly segment: ExposureSegment,
    private readonly destination: string,
  ) {
    this.family = segment.view.family;
    this.protocol = segment.pv.protocol;
    this.fromPort = segment.fromPort;
    this.toPort = segment.toPort;
  }
  /** Shared by every exposure of the same sources: read-only. */
  get sources(): string[] {
    return this.segment.view.table.cidrs(this.segment.set);
  }
  get path(): ExposurePath {
    return (this.provenPath ??= this.segment.path(this.destination));
  }
  toJSON(): Exposure {
    return { family: this.family, protocol: this.protocol, fromPort: this.fromPort, toPort: this.toPort, sources: this.sources, path: this.path };
  }
}

function describePermission(p: IpPermission): string {
  const ports = p.fromPort === undefined || p.fromPort === -1 ? 'all ports' : p.fromPort === p.toPort ? `port ${p.fromPort}` : `ports ${p.fromPort}-${p.toPort}`;
  const src = [...p.ipv4Ranges.map((r) => r.cidr), ...p.ipv6Ranges.map((r) => r.cidr)].join(', ');
  return `${p.ipProtocol === '-1' ? 'all traffic' : `${p.ipProtocol} ${ports}`} from ${src}`;
}

type PortRange = { lo: number; hi: number };

function permPorts(p: IpPermission): PortRange {
  if (p.fromPort === undefined || p.fromPort === -1 || p.toPort === undefined || p.toPort === -1 || !['tcp', 'udp', '6', '17'].includes(p.ipProtocol.toLowerCase())) return PORT_SPACE;
  return { lo: p.fromPort, hi: p.toPort };
}

function entryPorts(e: NaclEntry): PortRange {
  return e.portRange ? { lo: e.portRange.from, hi: e.portRange.to } : PORT_SPACE;
}

const portIn = (r: PortRange, port: number) => r.lo <= port && port <= r.hi;

const sourcesOf = new WeakMap<IpPermission, { ipv4?: IntervalSet; ipv6?: IntervalSet }>();

/** A permission's sources as an interval set; parsed once, since every interface behind the group asks. */
function permSources(p: IpPermission, family: Family): IntervalSet {
  let known = sourcesOf.get(p);
  if (!known) sourcesOf.set(p, (known = {}));
  return (known[family] ??= cidrSet((family === 'ipv4' ? p.ipv4Ranges : p.ipv6Ranges).map((r) => r.cidr), family));
}

/** Port intervals over which every given range is either fully in or fully out. */
function portSegments(protocol: Protocol, ranges: PortRange[]): Array<[number, number]> {
  if (!hasPorts(protocol)) return [[0, 0]];
  const cuts = cutPoints(ranges);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) out.push([cuts[i], cuts[i + 1] - 1]);
  return out;
}

/** Where the ranges cut the port space (its ends, each range's start and the port after its end), sorted and distinct. */
function cutPoints(ranges: readonly PortRange[]): number[] {
  const cuts = new Set<number>([PORT_SPACE.lo, PORT_SPACE.hi + 1]);
  for (const r of ranges) {
    cuts.add(Math.max(r.lo, PORT_SPACE.lo));
    if (r.hi + 1 <= PORT_SPACE.hi + 1) cuts.add(r.hi + 1);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** The sorted, distinct union of two sorted, distinct lists of cut points, written into `out`. */
function mergeCuts(a: readonly number[], b: readonly number[], out: number[]): number[] {
  out.length = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (!out.length || out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

function entryCidr(e: NaclEntry, family: Family): IntervalSet | undefined {
  const c = family === 'ipv4' ? e.cidrBlock : e.ipv6CidrBlock;
  const i = c ? cidrInterval(c) : undefined;
  return i && i.family === family ? [i.interval] : undefined;
}

/** NACL rules apply in rule-number order; the first that matches a packet decides it. */
function naclAllowedAt(entries: NaclEntry[], family: Family, port: number, among: IntervalSet): IntervalSet {
  let remaining = among;
  let allowed: IntervalSet = EMPTY;
  for (const e of [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber)) {
    if (isEmpty(remaining)) break;
    const c = entryCidr(e, family);
    if (!c || !portIn(entryPorts(e), port)) continue;
    const m = intersect(remaining, c);
    if (e.ruleAction === 'allow') allowed = union(allowed, m);
    remaining = subtract(remaining, m);
  }
  return allowed;
}

function decidingEntry(entries: NaclEntry[], family: Family, port: number, addr: bigint): NaclEntry | undefined {
  return inRuleOrder(entries).find((e) => entryDecides(e, family, port, addr));
}

/** Entries sorted by rule number (a stable sort: ties keep their order). */
function inRuleOrder(entries: NaclEntry[]): NaclEntry[] {
  return [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber);
}

/** Does the entry match a packet from `addr` to `port`? */
function entryDecides(e: NaclEntry, family: Family, port: number, addr: bigint): boolean {
  const c = entryCidr(e, family);
  return !!c && portIn(entryPorts(e), port) && contains(c, addr);
}

/** Addresses to which the NACL lets a packet out on at least one port of `ports`. */
function naclAllowedOverPorts(entries: NaclEntry[], family: Family, protocol: Protocol, ports: PortRange, among: IntervalSet): IntervalSet {
  let allowed: IntervalSet = EMPTY;
  const segments = hasPorts(protocol) ? portSegments(protocol, entries.map(entryPorts)).filter(([lo, hi]) => hi >= ports.lo && lo <= ports.hi) : [[0, 0] as [number, number]];
  for (const [lo] of segments) allowed = union(allowed, naclAllowedAt(entries, family, Math.max(lo, ports.lo), among));
  return allowed;
}

function firstAllowedReplyPort(entries: NaclEntry[], family: Family, ports: PortRange, addr: bigint): number {
  for (const [lo] of portSegments('tcp', entries.map(entryPorts)).filter(([l, h]) => h >= ports.lo && l <= ports.hi)) {
    const p = Math.max(lo, ports.lo);
    if (decidingEntry(entries, family, p, addr)?.ruleAction === 'allow') return p;
  }
  return ports.lo;
}

function routeCidr(r: Route, family: Family): { interval: IntervalSet; prefix: number } | undefined {
  const c = family === 'ipv4' ? r.destinationCidrBlock : r.destinationIpv6CidrBlock;
  const i = c ? cidrInterval(c) : undefined;
  return i && i.family === family ? { interval: [i.interval], prefix: i.prefix } : undefined;
}

/** Of `sources`, the addresses whose longest-prefix route is active and points at a matching gateway. */
function routedVia(routes: Route[], family: Family, sources: IntervalSet, viaGateway: (t: string) => boolean): IntervalSet {
  const ordered = routes
    .map((r) => ({ r, c: routeCidr(r, family) }))
    .filter((x): x is { r: Route; c: NonNullable<ReturnType<typeof routeCidr>> } => !!x.c)
    .sort((a, b) => b.c.prefix - a.c.prefix);
  let remaining = sources;
  let via: IntervalSet = EMPTY;
  for (const { r, c } of ordered) {
    if (isEmpty(remaining)) break;
    const m = intersect(remaining, c.interval);
    if (r.state !== 'blackhole' && viaGateway(r.target)) via = union(via, m);
    remaining = subtract(remaining, m);
  }
  return via;
}

function longestMatch(routes: Route[], family: Family, addr: bigint): Route | undefined {
  return routes
    .map((r) => ({ r, c: routeCidr(r, family) }))
    .filter((x) => x.c && contains(x.c.interval, addr))
    .sort((a, b) => b.c!.prefix - a.c!.prefix)[0]?.r;
}

/** What runs behind an interface, from its attachment and the description AWS gives managed ENIs. */
export function ownerOf(eni: Eni): { type: string; id: string } {
  if (eni.attachedInstanceId) return { type: 'AWS::EC2::Instance', id: eni.attachedInstanceId };
  const d = eni.description;
  let m: RegExpExecArray | null;
  if (eni.interfaceType === 'nat_gateway' || /^Interface for NAT Gateway (nat-\w+)/.test(d)) return { type: 'AWS::EC2::NatGateway', id: /nat-\w+/.exec(d)?.[0] ?? eni.id };
  if ((m = /^Amazon EKS (.+)$/.exec(d))) return { type: 'AWS::EKS::Cluster', id: m[1] };
  if ((m = /^ELB (.+)$/.exec(d))) return { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', id: m[1] };
  if ((m = /^VPC Endpoint Interface (vpce-\w+)/.exec(d))) return { type: 'AWS::EC2::VPCEndpoint', id: m[1] };
  if (/^arn:aws[\w-]*:ecs:/.test(d) || eni.interfaceType === 'ecs_task' || /ecs/i.test(eni.requesterId ?? '')) return { type: 'AWS::ECS::Task', id: d || eni.id };
  if (/sagemaker/i.test(d)) return { type: 'AWS::SageMaker::NotebookInstance', id: d };
  return { type: 'AWS::EC2::NetworkInterface', id: eni.id };
}

