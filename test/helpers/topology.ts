import { z } from 'zod';
import { Inventory } from '../../src/inventory/inventory.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, savedInventorySchema, type Resource } from '../../src/inventory/schema.js';
import { COLLECTORS } from '../../src/collectors/index.js';

/**
 * Network case files describe a topology in a few lines; this turns one into a validated
 * inventory. Omitted NACLs mean the VPC's default NACL (allow all, both ways), as AWS creates it.
 */
const route = z.object({ dest: z.string().optional(), dest6: z.string().optional(), target: z.string(), state: z.string().default('active') });
const naclRule = z.object({ rule: z.number().int(), action: z.enum(['allow', 'deny']), protocol: z.string(), cidr: z.string().optional(), cidr6: z.string().optional(), from: z.number().int().optional(), to: z.number().int().optional() });
const perm = z.object({ protocol: z.string(), from: z.number().int().optional(), to: z.number().int().optional(), cidrs: z.array(z.string()).default([]), cidrs6: z.array(z.string()).default([]), groups: z.array(z.string()).default([]) });
const side = z.object({ vpcId: z.string(), ownerId: z.string(), cidrBlocks: z.array(z.string()) });

export const topologySchema = z.object({
  vpc: z.object({ id: z.string(), cidr: z.string(), ipv6Cidr: z.string().optional() }),
  igw: z.union([z.string(), z.object({ id: z.string(), attached: z.boolean() })]).optional(),
  eigw: z.string().optional(),
  mainRoutes: z.array(route).default([]),
  subnets: z.array(z.object({ id: z.string(), cidr: z.string(), routes: z.array(route).optional() })),
  nacl: z.object({ id: z.string(), subnets: z.array(z.string()), inbound: z.array(naclRule), outbound: z.array(naclRule) }).optional(),
  securityGroups: z.array(z.object({ id: z.string(), ingress: z.array(perm) })),
  interfaces: z.array(
    z.object({
      id: z.string(),
      subnet: z.string(),
      groups: z.array(z.string()),
      publicIps: z.array(z.string()).default([]),
      privateIps: z.array(z.string()).default(['10.0.1.10']),
      ipv6: z.array(z.string()).default([]),
      instance: z.string().optional(),
    }),
  ),
  peerings: z.array(z.object({ id: z.string(), status: z.string(), requester: side, accepter: side })).default([]),
});
export type Topology = z.input<typeof topologySchema>;

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

export function topologyInventory(input: unknown): Inventory {
  const t = topologySchema.parse(input);
  const base = (type: string, id: string) => ({ type, id, name: id, account: ACCOUNT, region: REGION, tags: {} });
  const routes = (rs: z.infer<typeof route>[]) => [
    { destinationCidrBlock: t.vpc.cidr, target: 'local', state: 'active' },
    ...rs.filter((r) => r.target !== 'local').map((r) => ({ destinationCidrBlock: r.dest, destinationIpv6CidrBlock: r.dest6, target: r.target, state: r.state })),
  ];
  const igw = typeof t.igw === 'string' ? { id: t.igw, attached: true } : t.igw;
  const perms = (ps: z.infer<typeof perm>[]) =>
    ps.map((p) => ({
      ipProtocol: p.protocol,
      fromPort: p.from,
      toPort: p.to,
      ipv4Ranges: p.cidrs.map((cidr) => ({ cidr })),
      ipv6Ranges: p.cidrs6.map((cidr) => ({ cidr })),
      prefixListIds: [],
      groupPairs: p.groups.map((groupId) => ({ groupId })),
    }));
  const entries = (rs: z.infer<typeof naclRule>[], egress: boolean) => [
    ...rs.map((r) => ({
      ruleNumber: r.rule,
      protocol: r.protocol,
      ruleAction: r.action,
      egress,
      cidrBlock: r.cidr,
      ipv6CidrBlock: r.cidr6,
      portRange: r.from !== undefined ? { from: r.from, to: r.to ?? r.from } : undefined,
    })),
    { ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', egress, cidrBlock: '0.0.0.0/0' },
    { ruleNumber: 32768, protocol: '-1', ruleAction: 'deny', egress, ipv6CidrBlock: '::/0' },
  ];
  const allowAll = (egress: boolean) => [
    { ruleNumber: 100, protocol: '-1', ruleAction: 'allow', egress, cidrBlock: '0.0.0.0/0' },
    { ruleNumber: 101, protocol: '-1', ruleAction: 'allow', egress, ipv6CidrBlock: '::/0' },
    { ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', egress, cidrBlock: '0.0.0.0/0' },
    { ruleNumber: 32768, protocol: '-1', ruleAction: 'deny', egress, ipv6CidrBlock: '::/0' },
  ];
  const resources: unknown[] = [
    { ...base('AWS::EC2::VPC', t.vpc.id), cidrBlock: t.vpc.cidr, ipv6CidrBlocks: t.vpc.ipv6Cidr ? [t.vpc.ipv6Cidr] : [], isDefault: false, state: 'available' },
    ...(igw ? [{ ...base('AWS::EC2::InternetGateway', igw.id), attachedVpcIds: igw.attached ? [t.vpc.id] : [] }] : []),
    ...(t.eigw ? [{ ...base('AWS::EC2::EgressOnlyInternetGateway', t.eigw), attachedVpcIds: [t.vpc.id] }] : []),
    { ...base('AWS::EC2::RouteTable', 'rtb-main'), vpcId: t.vpc.id, associations: [{ main: true }], routes: routes(t.mainRoutes) },
    { ...base('AWS::EC2::NetworkAcl', 'acl-default'), vpcId: t.vpc.id, isDefault: true, subnetIds: [], entries: [...allowAll(false), ...allowAll(true)] },
    ...(t.nacl ? [{ ...base('AWS::EC2::NetworkAcl', t.nacl.id), vpcId: t.vpc.id, isDefault: false, subnetIds: t.nacl.subnets, entries: [...entries(t.nacl.inbound, false), ...entries(t.nacl.outbound, true)] }] : []),
    ...t.subnets.flatMap((s) => [
      { ...base('AWS::EC2::Subnet', s.id), vpcId: t.vpc.id, cidrBlock: s.cidr, ipv6CidrBlocks: [], availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: false },
      ...(s.routes ? [{ ...base('AWS::EC2::RouteTable', `rtb-${s.id}`), vpcId: t.vpc.id, associations: [{ main: false, subnetId: s.id }], routes: routes(s.routes) }] : []),
    ]),
    ...t.securityGroups.map((g) => ({ ...base('AWS::EC2::SecurityGroup', g.id), groupName: g.id, description: '', vpcId: t.vpc.id, ingress: perms(g.ingress), egress: [] })),
    ...t.interfaces.map((i) => ({
      ...base('AWS::EC2::NetworkInterface', i.id),
      vpcId: t.vpc.id,
      subnetId: i.subnet,
      interfaceType: 'interface',
      status: 'in-use',
      description: '',
      securityGroupIds: i.groups,
      privateIpAddresses: i.privateIps,
      publicIps: i.publicIps,
      ipv6Addresses: i.ipv6,
      attachedInstanceId: i.instance,
      requesterManaged: false,
    })),
    ...t.peerings.map((p) => ({ ...base('AWS::EC2::VPCPeeringConnection', p.id), status: p.status, requester: p.requester, accepter: p.accepter })),
  ];
  const collections = COLLECTORS.filter((c) => c.id.startsWith('ec2.')).map((c) => ({ account: ACCOUNT, region: REGION, collector: c.id, state: 'ok' as const, resources: 0, durationMs: 0 }));
  const saved = savedInventorySchema.parse({ format: INVENTORY_FORMAT, version: INVENTORY_VERSION, collectedAt: new Date().toISOString(), accounts: [ACCOUNT], regions: [REGION], collections, resources });
  return new Inventory({ ...saved, resources: saved.resources as Resource[] });
}
