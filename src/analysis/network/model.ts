import type { Inventory } from '../../inventory/inventory.js';
import type { ResourceOf } from '../../inventory/schema.js';

type Vpc = ResourceOf<'AWS::EC2::VPC'>;
type Subnet = ResourceOf<'AWS::EC2::Subnet'>;
type RouteTable = ResourceOf<'AWS::EC2::RouteTable'>;
type NetworkAcl = ResourceOf<'AWS::EC2::NetworkAcl'>;
type SecurityGroup = ResourceOf<'AWS::EC2::SecurityGroup'>;
type Eni = ResourceOf<'AWS::EC2::NetworkInterface'>;

/**
 * The network of one account, indexed once: each subnet's effective route table and NACL, security
 * groups by id, gateways by VPC. Built from the inventory alone (no API calls).
 */
export class NetworkModel {
  readonly vpcs = new Map<string, Vpc>();
  readonly subnets = new Map<string, Subnet>();
  readonly securityGroups = new Map<string, SecurityGroup>();
  readonly interfaces: Eni[] = [];
  /** Interfaces by the security groups they carry. */
  readonly interfacesByGroup = new Map<string, Eni[]>();
  readonly instances = new Map<string, ResourceOf<'AWS::EC2::Instance'>>();
  readonly peerings = new Map<string, ResourceOf<'AWS::EC2::VPCPeeringConnection'>>();
  private readonly routeTableBySubnet = new Map<string, RouteTable>();
  private readonly mainRouteTable = new Map<string, RouteTable>();
  private readonly naclBySubnet = new Map<string, NetworkAcl>();
  private readonly defaultNacl = new Map<string, NetworkAcl>();
  /** IGW ids attached to each VPC; undefined when gateways were not collected (then routes are trusted). */
  readonly igwsByVpc: Map<string, Set<string>> | undefined;

  constructor(inventory: Inventory, account?: string) {
    const mine = <T extends { account: string }>(list: T[]) => (account ? list.filter((r) => r.account === account) : list);
    for (const v of mine(inventory.all('AWS::EC2::VPC'))) this.vpcs.set(v.id, v);
    for (const s of mine(inventory.all('AWS::EC2::Subnet'))) this.subnets.set(s.id, s);
    for (const g of mine(inventory.all('AWS::EC2::SecurityGroup'))) this.securityGroups.set(g.id, g);
    for (const i of mine(inventory.all('AWS::EC2::Instance'))) this.instances.set(i.id, i);
    for (const p of mine(inventory.all('AWS::EC2::VPCPeeringConnection'))) this.peerings.set(p.id, p);
    // A loop, not push(...list): spreading a few hundred thousand interfaces as arguments overflows the stack.
    for (const eni of mine(inventory.all('AWS::EC2::NetworkInterface'))) this.interfaces.push(eni);
    for (const eni of this.interfaces)
      for (const g of eni.securityGroupIds) {
        const list = this.interfacesByGroup.get(g);
        if (list) list.push(eni);
        else this.interfacesByGroup.set(g, [eni]);
      }
    for (const rt of mine(inventory.all('AWS::EC2::RouteTable')))
      for (const a of rt.associations) {
        if (a.main) this.mainRouteTable.set(rt.vpcId, rt);
        if (a.subnetId) this.routeTableBySubnet.set(a.subnetId, rt);
      }
    for (const acl of mine(inventory.all('AWS::EC2::NetworkAcl'))) {
      if (acl.isDefault) this.defaultNacl.set(acl.vpcId, acl);
      for (const s of acl.subnetIds) this.naclBySubnet.set(s, acl);
    }
    const igws = mine(inventory.all('AWS::EC2::InternetGateway'));
    const collected = inventory.data.collections.some((c) => c.collector === 'ec2.gateways' && c.state === 'ok');
    if (collected) {
      this.igwsByVpc = new Map();
      for (const g of igws)
        for (const v of g.attachedVpcIds) {
          if (!this.igwsByVpc.has(v)) this.igwsByVpc.set(v, new Set());
          this.igwsByVpc.get(v)!.add(g.id);
        }
    }
  }

  /** The route table that applies to a subnet: its explicit association, else the VPC's main table. */
  routeTableFor(subnet: Subnet): RouteTable | undefined {
    return this.routeTableBySubnet.get(subnet.id) ?? this.mainRouteTable.get(subnet.vpcId);
  }

  /** The NACL that applies to a subnet: its association, else the VPC's default NACL. */
  naclFor(subnet: Subnet): NetworkAcl | undefined {
    return this.naclBySubnet.get(subnet.id) ?? this.defaultNacl.get(subnet.vpcId);
  }

  igwAttached(vpcId: string, igwId: string): boolean {
    return this.igwsByVpc ? (this.igwsByVpc.get(vpcId)?.has(igwId) ?? false) : true;
  }
}
