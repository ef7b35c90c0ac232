/**
 * The network of one account, indexed once: each subnet's effective route table and NACL, security
 * groups by id, gateways by VPC. Built from the inventory alone (no API calls).
 */
export class NetworkModel {
    vpcs = new Map();
    subnets = new Map();
    securityGroups = new Map();
    interfaces = [];
    /** Interfaces by the security groups they carry. */
    interfacesByGroup = new Map();
    instances = new Map();
    peerings = new Map();
    routeTableBySubnet = new Map();
    mainRouteTable = new Map();
    naclBySubnet = new Map();
    defaultNacl = new Map();
    /** IGW ids attached to each VPC; undefined when gateways were not collected (then routes are trusted). */
    igwsByVpc;
    constructor(inventory, account) {
        const mine = (list) => (account ? list.filter((r) => r.account === account) : list);
        for (const v of mine(inventory.all('AWS::EC2::VPC')))
            this.vpcs.set(v.id, v);
        for (const s of mine(inventory.all('AWS::EC2::Subnet')))
            this.subnets.set(s.id, s);
        for (const g of mine(inventory.all('AWS::EC2::SecurityGroup')))
            this.securityGroups.set(g.id, g);
        for (const i of mine(inventory.all('AWS::EC2::Instance')))
            this.instances.set(i.id, i);
        for (const p of mine(inventory.all('AWS::EC2::VPCPeeringConnection')))
            this.peerings.set(p.id, p);
        // A loop, not push(...list): spreading a few hundred thousand interfaces as arguments overflows the stack.
        for (const eni of mine(inventory.all('AWS::EC2::NetworkInterface')))
            this.interfaces.push(eni);
        for (const eni of this.interfaces)
            for (const g of eni.securityGroupIds) {
                const list = this.interfacesByGroup.get(g);
                if (list)
                    list.push(eni);
                else
                    this.interfacesByGroup.set(g, [eni]);
            }
        for (const rt of mine(inventory.all('AWS::EC2::RouteTable')))
            for (const a of rt.associations) {
                if (a.main)
                    this.mainRouteTable.set(rt.vpcId, rt);
                if (a.subnetId)
                    this.routeTableBySubnet.set(a.subnetId, rt);
            }
        for (const acl of mine(inventory.all('AWS::EC2::NetworkAcl'))) {
            if (acl.isDefault)
                this.defaultNacl.set(acl.vpcId, acl);
            for (const s of acl.subnetIds)
                this.naclBySubnet.set(s, acl);
        }
        const igws = mine(inventory.all('AWS::EC2::InternetGateway'));
        const collected = inventory.data.collections.some((c) => c.collector === 'ec2.gateways' && c.state === 'ok');
        if (collected) {
            this.igwsByVpc = new Map();
            for (const g of igws)
                for (const v of g.attachedVpcIds) {
                    if (!this.igwsByVpc.has(v))
                        this.igwsByVpc.set(v, new Set());
                    this.igwsByVpc.get(v).add(g.id);
                }
        }
    }
    /** The route table that applies to a subnet: its explicit association, else the VPC's main table. */
    routeTableFor(subnet) {
        return this.routeTableBySubnet.get(subnet.id) ?? this.mainRouteTable.get(subnet.vpcId);
    }
    /** The NACL that applies to a subnet: its association, else the VPC's default NACL. */
    naclFor(subnet) {
        return this.naclBySubnet.get(subnet.id) ?? this.defaultNacl.get(subnet.vpcId);
    }
    igwAttached(vpcId, igwId) {
        return this.igwsByVpc ? (this.igwsByVpc.get(vpcId)?.has(igwId) ?? false) : true;
    }
}
