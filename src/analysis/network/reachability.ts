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
  /** Identifies the sources and gateway rule, for caching per subnet. */
  key: string;
  family: Family;
  /** Source addresses considered. */
  sources: IntervalSet;
  /** Does a route to this target carry the replies (igw-… for the internet, pcx-… for a peer)? */
  viaGateway: (target: string) => boolean;
  /** Addresses on the interface the sources can target. */
  destinations: string[];
}

/**
 * Answers "can a packet from X reach this interface, on which protocol and ports?" the way a VPC
 * forwards it: a gateway route for the reply (longest prefix wins; blackholes drop), the subnet NACL
 * inbound in rule order, the NACL outbound for the stateless reply to ephemeral ports, and the
 * union of the interface's security groups (stateful).
 */
export class NetworkAnalysis {
  readonly model: NetworkModel;
  private readonly internetCache = new Map<string, InterfaceExposure>();
  private readonly subnetCache = new Map<string, { rt?: ResourceOf<'AWS::EC2::RouteTable'>; nacl?: ResourceOf<'AWS::EC2::NetworkAcl'>; routable: IntervalSet; byProtocol: Map<Protocol, { reachable: IntervalSet; naclIn: Array<{ lo: number; hi: number; set: IntervalSet }> }> }>();
  private readonly groupCache = new Map<string, Array<{ ports: PortRange; set: IntervalSet }>>();
  private readonly proofCache = new Map<string, Omit<ExposurePath, 'destination'>>();

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
      const v6 = eni.ipv6Addresses.filter((a) => addressValue(a)?.family === 'ipv6');
      const igw = (t: string) => t.startsWith('igw-') && this.model.igwAttached(subnet.vpcId, t);
      if (!eni.publicIps.length) result.reasons.push('no public IPv4 address');
      else result.exposures.push(...this.answer(eni, subnet, { key: 'internet', family: 'ipv4', sources: internetSpace('ipv4'), viaGateway: igw, destinations: eni.publicIps }, result.reasons));
      if (!v6.length) result.reasons.push('no IPv6 address');
      else result.exposures.push(...this.answer(eni, subnet, { key: 'internet', family: 'ipv6', sources: internetSpace('ipv6'), viaGateway: igw, destinations: v6 }, result.reasons));
    }
    this.internetCache.set(eni.id, result);
    return result;
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
        exposures.push(...this.answer(eni, subnet, { key: p.id, family, sources, viaGateway: (t) => t === p.id, destinations }, []));
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

  /** Per subnet and question: what routes and the NACL let through, by protocol (shared by every interface there). */
  private subnetView(subnet: Subnet, q: Question) {
    const key = `${subnet.id}|${q.key}|${q.family}`;
    const hit = this.subnetCache.get(key);
    if (hit) return hit;
    const rt = this.model.routeTableFor(subnet);
    const nacl = this.model.naclFor(subnet);
    const routable = rt ? routedVia(rt.routes, q.family, q.sources, q.viaGateway) : EMPTY;
    const byProtocol = new Map<Protocol, { reachable: IntervalSet; naclIn: Array<{ lo: number; hi: number; set: IntervalSet }> }>();
    if (!isEmpty(routable))
      for (const protocol of PROTOCOLS) {
        if ((protocol === 'icmp' && q.family === 'ipv6') || (protocol === 'icmpv6' && q.family === 'ipv4')) continue;
        const inbound = (nacl?.entries ?? []).filter((e) => !e.egress && admitsProtocol(e.protocol, protocol));
        const outbound = (nacl?.entries ?? []).filter((e) => e.egress && admitsProtocol(e.protocol, protocol));
        // Replies leave to the client's ephemeral port (TCP/UDP) or as ICMP; the NACL must let them out.
        const reachable = nacl ? naclAllowedOverPorts(outbound, q.family, protocol, hasPorts(protocol) ? EPHEMERAL : { lo: 0, hi: 0 }, routable) : routable;
        if (isEmpty(reachable)) continue;
        const naclIn = portSegments(protocol, inbound.map(entryPorts)).map(([lo, hi]) => ({ lo, hi, set: nacl ? naclAllowedAt(inbound, q.family, lo, reachable) : reachable }));
        byProtocol.set(protocol, { reachable, naclIn });
      }
    const view = { rt, nacl, routable, byProtocol };
    this.subnetCache.set(key, view);
    return view;
  }

  /** Per security group: its ingress as (port range, source set) rectangles for one protocol and family. */
  private groupRects(groupId: string, family: Family, protocol: Protocol): Array<{ ports: PortRange; set: IntervalSet }> {
    const key = `${groupId}|${family}|${protocol}`;
    let rects = this.groupCache.get(key);
    if (!rects) {
      const sg = this.model.securityGroups.get(groupId);
      rects = (sg?.ingress ?? [])
        .filter((p) => admitsProtocol(p.ipProtocol, protocol))
        .map((p) => ({ ports: hasPorts(protocol) ? permPorts(p) : { lo: 0, hi: 0 }, set: permSources(p, family) }))
        .filter((r) => !isEmpty(r.set));
      this.groupCache.set(key, rects);
    }
    return rects;
  }

  private answer(eni: Eni, subnet: Subnet, q: Question, reasons: string[]): Exposure[] {
    const view = this.subnetView(subnet, q);
    if (isEmpty(view.routable)) {
      reasons.push(`${q.family}: no route in ${view.rt ? `route table ${view.rt.id}` : `a route table of ${subnet.id}`} sends replies to the sources through a matching gateway`);
      return [];
    }
    const out: Exposure[] = [];
    for (const [protocol, { naclIn }] of view.byProtocol) {
      const rects = eni.securityGroupIds.flatMap((id) => this.groupRects(id, q.family, protocol));
      if (!rects.length) continue;
      const segments = portSegments(protocol, [...rects.map((r) => r.ports), ...naclIn.map((n) => ({ lo: n.lo, hi: n.hi }))]);
      let current: { from: number; to: number; set: IntervalSet } | undefined;
      const flush = () => {
        if (current && !isEmpty(current.set)) {
          const { from, to, set } = current;
          out.push(new LazyExposure(q.family, protocol, from, to, set, () => this.prove(eni, q, protocol, from, set, view.rt, view.nacl)));
        }
        current = undefined;
      };
      let n = 0;
      for (const [lo, hi] of segments) {
        while (n < naclIn.length && naclIn[n].hi < lo) n++;
        const allowed = naclIn[n]?.set ?? EMPTY;
        let set: IntervalSet = EMPTY;
        if (!isEmpty(allowed)) for (const r of rects) if (portIn(r.ports, lo)) set = union(set, intersect(r.set, allowed));
        if (isEmpty(set)) {
          flush();
          continue;
        }
        if (current && current.to + 1 === lo && equals(current.set, set)) current.to = hi;
        else {
          flush();
          current = { from: lo, to: hi, set };
        }
      }
      flush();
    }
    if (!out.length) reasons.push(`${q.family}: security groups, network ACL and routes together admit nothing from the sources`);
    return out;
  }

  private prove(
    eni: Eni,
    q: Question,
    protocol: Protocol,
    from: number,
    set: IntervalSet,
    rt: ResourceOf<'AWS::EC2::RouteTable'> | undefined,
    nacl: ResourceOf<'AWS::EC2::NetworkAcl'> | undefined,
  ): ExposurePath {
    const src = set[0][0];
    // Interfaces in one subnet behind the same groups share every hop but the destination.
    const key = `${rt?.id}|${nacl?.id}|${q.key}|${q.family}|${protocol}|${from}|${src}|${eni.securityGroupIds.join(',')}`;
    let hops = this.proofCache.get(key);
    if (!hops) this.proofCache.set(key, (hops = this.hops(eni, q, protocol, from, src, rt, nacl)));
    return { ...hops, destination: q.destinations[0] };
  }

  private hops(
    eni: Eni,
    q: Question,
    protocol: Protocol,
    from: number,
    src: bigint,
    rt: ResourceOf<'AWS::EC2::RouteTable'> | undefined,
    nacl: ResourceOf<'AWS::EC2::NetworkAcl'> | undefined,
  ): Omit<ExposurePath, 'destination'> {
    const route = rt ? longestMatch(rt.routes, q.family, src) : undefined;
    const naclIn = nacl ? decidingEntry(nacl.entries.filter((e) => !e.egress && admitsProtocol(e.protocol, protocol)), q.family, from, src) : undefined;
    const replyPorts = hasPorts(protocol) ? EPHEMERAL : { lo: 0, hi: 0 };
    const outEntries = nacl ? nacl.entries.filter((e) => e.egress && admitsProtocol(e.protocol, protocol)) : [];
    const naclOut = nacl ? decidingEntry(outEntries, q.family, firstAllowedReplyPort(outEntries, q.family, replyPorts, src), src) : undefined;
    const sgHit = eni.securityGroupIds
      .map((id) => this.model.securityGroups.get(id))
      .flatMap((g) => (g ? g.ingress.filter((p) => admitsProtocol(p.ipProtocol, protocol) && portIn(permPorts(p), from) && contains(permSources(p, q.family), src)).map((p) => ({ g, p })) : []))[0];
    return {
      gateway: route?.target ?? 'unknown',
      routeTable: rt?.id,
      route: route ? `${route.destinationCidrBlock ?? route.destinationIpv6CidrBlock} -> ${route.target}` : undefined,
      networkAcl: nacl?.id,
      naclInboundRule: naclIn?.ruleNumber,
      naclOutboundRule: naclOut?.ruleNumber,
      securityGroup: sgHit?.g.id ?? 'unknown',
      securityGroupRule: sgHit ? describePermission(sgHit.p) : 'unknown',
      exampleSource: formatAddress(src, q.family),
    };
  }
}

/** Paths and source lists cost more than the answer itself; they are worked out when first read. */
class LazyExposure implements Exposure {
  readonly [NO_CUSTOMER_TEXT] = true;
  private provenPath?: ExposurePath;
  private sourceList?: string[];
  constructor(
    readonly family: Family,
    readonly protocol: Protocol,
    readonly fromPort: number,
    readonly toPort: number,
    private readonly set: IntervalSet,
    private readonly proof: () => ExposurePath,
  ) {}
  get sources(): string[] {
    return (this.sourceList ??= equals(this.set, internetSpace(this.family)) ? [this.family === 'ipv4' ? '0.0.0.0/0' : '::/0'] : toCidrs(this.set, this.family));
  }
  get path(): ExposurePath {
    return (this.provenPath ??= this.proof());
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
  const cuts = new Set<number>([PORT_SPACE.lo, PORT_SPACE.hi + 1]);
  for (const r of ranges) {
    cuts.add(Math.max(r.lo, PORT_SPACE.lo));
    if (r.hi + 1 <= PORT_SPACE.hi + 1) cuts.add(r.hi + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < sorted.length; i++) out.push([sorted[i], sorted[i + 1] - 1]);
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
  return [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber).find((e) => {
    const c = entryCidr(e, family);
    return c && portIn(entryPorts(e), port) && contains(c, addr);
  });
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

/** One analysis per inventory, built on first use. */
export function analyseNetwork(inventory: Inventory): NetworkAnalysis {
  return new NetworkAnalysis(inventory);
}

