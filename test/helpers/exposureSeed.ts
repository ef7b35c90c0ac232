import * as EC2 from '@aws-sdk/client-ec2';
import { motoClientConfig, type Moto } from './moto.js';

/** Seeds topologies whose exposure differs from what their security groups alone suggest. */
export async function seedExposureTopologies(moto: Moto): Promise<void> {
  const ec2 = new EC2.EC2Client(motoClientConfig(moto));
  const vpc = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.50.0.0/16', AmazonProvidedIpv6CidrBlock: true }))).Vpc!;
  const igw = (await ec2.send(new EC2.CreateInternetGatewayCommand({}))).InternetGateway!;
  await ec2.send(new EC2.AttachInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId!, VpcId: vpc.VpcId! }));
  const sgOpen = (await ec2.send(new EC2.CreateSecurityGroupCommand({ GroupName: 'open-admin', Description: 'ssh and https from anywhere', VpcId: vpc.VpcId! }))).GroupId!;
  await ec2.send(
    new EC2.AuthorizeSecurityGroupIngressCommand({
      GroupId: sgOpen,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
      ],
    }),
  );
  const subnet = async (cidr: string, name: string, routes: Array<{ dest: string; target: { GatewayId?: string; NatGatewayId?: string } }>, ipv6?: string) => {
    const s = (await ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpc.VpcId!, CidrBlock: cidr, Ipv6CidrBlock: ipv6, TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: name }] }] }))).Subnet!;
    await ec2.send(new EC2.ModifySubnetAttributeCommand({ SubnetId: s.SubnetId!, MapPublicIpOnLaunch: { Value: true } }));
    const rt = (await ec2.send(new EC2.CreateRouteTableCommand({ VpcId: vpc.VpcId! }))).RouteTable!;
    for (const r of routes)
      await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rt.RouteTableId!, ...(r.dest.includes(':') ? { DestinationIpv6CidrBlock: r.dest } : { DestinationCidrBlock: r.dest }), ...r.target }));
    await ec2.send(new EC2.AssociateRouteTableCommand({ RouteTableId: rt.RouteTableId!, SubnetId: s.SubnetId! }));
    return s.SubnetId!;
  };
  const launch = async (name: string, subnetId: string) =>
    ec2.send(
      new EC2.RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, SubnetId: subnetId, SecurityGroupIds: [sgOpen], TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }] }),
    );
  const igwRoute = { dest: '0.0.0.0/0', target: { GatewayId: igw.InternetGatewayId! } };

  await launch('exposed-bastion', await subnet('10.50.1.0/24', 'public', [igwRoute]));
  await launch('no-igw-route', await subnet('10.50.2.0/24', 'isolated', []));

  const naclSubnet = await subnet('10.50.3.0/24', 'nacl-guarded', [igwRoute]);
  const acl = (await ec2.send(new EC2.CreateNetworkAclCommand({ VpcId: vpc.VpcId! }))).NetworkAcl!;
  for (const [n, action, from, to, egress] of [
    [90, 'deny', 22, 22, false],
    [100, 'allow', 0, 65535, false],
    [100, 'allow', 0, 65535, true],
  ] as const)
    await ec2.send(new EC2.CreateNetworkAclEntryCommand({ NetworkAclId: acl.NetworkAclId!, RuleNumber: n, Protocol: '6', RuleAction: action, Egress: egress, CidrBlock: '0.0.0.0/0', PortRange: { From: from, To: to } }));
  const assoc = (await ec2.send(new EC2.DescribeNetworkAclsCommand({ Filters: [{ Name: 'association.subnet-id', Values: [naclSubnet] }] }))).NetworkAcls![0].Associations!.find((a) => a.SubnetId === naclSubnet)!;
  await ec2.send(new EC2.ReplaceNetworkAclAssociationCommand({ AssociationId: assoc.NetworkAclAssociationId!, NetworkAclId: acl.NetworkAclId! }));
  await launch('nacl-denied', naclSubnet);

  const eip = (await ec2.send(new EC2.AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
  const natSubnet = await subnet('10.50.4.0/24', 'nat-host', [igwRoute]);
  const nat = (await ec2.send(new EC2.CreateNatGatewayCommand({ SubnetId: natSubnet, AllocationId: eip }))).NatGateway!;
  await launch(
    'nat-shadowed',
    await subnet('10.50.5.0/24', 'nat-shadowed', [igwRoute, { dest: '0.0.0.0/1', target: { NatGatewayId: nat.NatGatewayId! } }, { dest: '128.0.0.0/1', target: { NatGatewayId: nat.NatGatewayId! } }]),
  );

  const v6block = (await ec2.send(new EC2.DescribeVpcsCommand({ VpcIds: [vpc.VpcId!] }))).Vpcs![0].Ipv6CidrBlockAssociationSet![0].Ipv6CidrBlock!;
  const v6subnetCidr = v6block.replace(/::\/56$/, '::/64');
  const v6subnet = await subnet('10.50.6.0/24', 'ipv6-only', [{ dest: '::/0', target: { GatewayId: igw.InternetGatewayId! } }], v6subnetCidr);
  await ec2.send(new EC2.ModifySubnetAttributeCommand({ SubnetId: v6subnet, MapPublicIpOnLaunch: { Value: false } }));
  // AWS gives the default NACL of an IPv6 VPC allow-all ::/0 entries (rule 101); moto does not, so add them.
  const defaultAcl = (await ec2.send(new EC2.DescribeNetworkAclsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc.VpcId!] }, { Name: 'default', Values: ['true'] }] }))).NetworkAcls![0];
  for (const egress of [false, true])
    await ec2.send(new EC2.CreateNetworkAclEntryCommand({ NetworkAclId: defaultAcl.NetworkAclId!, RuleNumber: 101, Protocol: '-1', RuleAction: 'allow', Egress: egress, Ipv6CidrBlock: '::/0' }));
  await ec2.send(
    new EC2.CreateNetworkInterfaceCommand({
      SubnetId: v6subnet,
      Groups: [sgOpen],
      Ipv6Addresses: [{ Ipv6Address: v6subnetCidr.replace('::/64', '::10') }],
      Description: 'ipv6 service',
      TagSpecifications: [{ ResourceType: 'network-interface', Tags: [{ Key: 'Name', Value: 'ipv6-service' }] }],
    }),
  );
}

