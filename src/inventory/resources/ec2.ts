import { z } from 'zod';
import { collected, resourceBase } from '../base.js';

const cidrEntry = z.object({ cidr: z.string(), description: z.string().optional() });

export const ipPermission = z.object({
  ipProtocol: z.string(),
  fromPort: z.number().int().optional(),
  toPort: z.number().int().optional(),
  ipv4Ranges: z.array(cidrEntry),
  ipv6Ranges: z.array(cidrEntry),
  prefixListIds: z.array(z.string()),
  groupPairs: z.array(z.object({ groupId: z.string(), userId: z.string().optional(), vpcPeeringConnectionId: z.string().optional() })),
});
export type IpPermission = z.infer<typeof ipPermission>;

export const ec2Schemas = {
  'AWS::EC2::VPC': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::VPC'),
    cidrBlock: z.string(),
    ipv6CidrBlocks: z.array(z.string()),
    isDefault: z.boolean(),
    state: z.string(),
  }),
  'AWS::EC2::Subnet': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::Subnet'),
    vpcId: z.string(),
    cidrBlock: z.string(),
    ipv6CidrBlocks: z.array(z.string()),
    availabilityZone: z.string(),
    mapPublicIpOnLaunch: z.boolean(),
  }),
  'AWS::EC2::RouteTable': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::RouteTable'),
    vpcId: z.string(),
    associations: z.array(z.object({ main: z.boolean(), subnetId: z.string().optional(), gatewayId: z.string().optional() })),
    routes: z.array(
      z.object({
        destinationCidrBlock: z.string().optional(),
        destinationIpv6CidrBlock: z.string().optional(),
        destinationPrefixListId: z.string().optional(),
        /** The target id, whichever kind it is (igw-, nat-, eigw-, pcx-, tgw-, eni-, vpce-, local). */
        target: z.string(),
        state: z.string(),
      }),
    ),
  }),
  'AWS::EC2::InternetGateway': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::InternetGateway'),
    attachedVpcIds: z.array(z.string()),
  }),
  'AWS::EC2::EgressOnlyInternetGateway': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::EgressOnlyInternetGateway'),
    attachedVpcIds: z.array(z.string()),
  }),
  'AWS::EC2::NatGateway': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::NatGateway'),
    vpcId: z.string(),
    subnetId: z.string(),
    state: z.string(),
    connectivityType: z.string(),
    publicIps: z.array(z.string()),
  }),
  'AWS::EC2::NetworkAcl': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::NetworkAcl'),
    vpcId: z.string(),
    isDefault: z.boolean(),
    subnetIds: z.array(z.string()),
    entries: z.array(
      z.object({
        ruleNumber: z.number().int(),
        protocol: z.string(),
        ruleAction: z.enum(['allow', 'deny']),
        egress: z.boolean(),
        cidrBlock: z.string().optional(),
        ipv6CidrBlock: z.string().optional(),
        portRange: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
      }),
    ),
  }),
  'AWS::EC2::SecurityGroup': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::SecurityGroup'),
    groupName: z.string(),
    description: z.string(),
    vpcId: z.string().optional(),
    ingress: z.array(ipPermission),
    egress: z.array(ipPermission),
  }),
  'AWS::EC2::NetworkInterface': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::NetworkInterface'),
    vpcId: z.string(),
    subnetId: z.string(),
    interfaceType: z.string(),
    status: z.string(),
    description: z.string(),
    securityGroupIds: z.array(z.string()),
    privateIpAddresses: z.array(z.string()),
    publicIps: z.array(z.string()),
    ipv6Addresses: z.array(z.string()),
    attachedInstanceId: z.string().optional(),
    requesterId: z.string().optional(),
    requesterManaged: z.boolean(),
  }),
  'AWS::EC2::Instance': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::Instance'),
    state: z.string(),
    imageId: z.string(),
    instanceType: z.string(),
    vpcId: z.string().optional(),
    subnetId: z.string().optional(),
    publicIpAddress: z.string().optional(),
    privateIpAddress: z.string().optional(),
    securityGroupIds: z.array(z.string()),
    networkInterfaceIds: z.array(z.string()),
    iamInstanceProfileArn: z.string().optional(),
    metadataOptions: z.object({
      httpTokens: z.string().optional(),
      httpEndpoint: z.string().optional(),
      httpPutResponseHopLimit: z.number().int().optional(),
    }),
    launchTime: z.string().optional(),
  }),
  'AWS::EC2::EIP': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::EIP'),
    publicIp: z.string(),
    allocationId: z.string().optional(),
    associationId: z.string().optional(),
    instanceId: z.string().optional(),
    networkInterfaceId: z.string().optional(),
  }),
  'AWS::EC2::FlowLog': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::FlowLog'),
    resourceId: z.string(),
    trafficType: z.string(),
    logDestinationType: z.string(),
    logDestination: z.string().optional(),
    status: z.string(),
  }),
  'AWS::EC2::VPCEndpoint': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::VPCEndpoint'),
    vpcId: z.string(),
    serviceName: z.string(),
    endpointType: z.string(),
    state: z.string(),
    policyDocument: z.unknown().optional(),
    subnetIds: z.array(z.string()),
    securityGroupIds: z.array(z.string()),
    routeTableIds: z.array(z.string()),
    privateDnsEnabled: z.boolean(),
    /**
     * What DescribeVpcEndpointServices says of the endpoint's service: whether it accepts custom
     * endpoint policies and the private DNS name it offers. Absent in inventories written before
     * this field existed.
     */
    service: collected(z.object({ policySupported: z.boolean().optional(), privateDnsName: z.string().optional() })).optional(),
  }),
  'AWS::EC2::VPCPeeringConnection': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::VPCPeeringConnection'),
    status: z.string(),
    requester: z.object({ vpcId: z.string(), ownerId: z.string(), region: z.string().optional(), cidrBlocks: z.array(z.string()) }),
    accepter: z.object({ vpcId: z.string(), ownerId: z.string(), region: z.string().optional(), cidrBlocks: z.array(z.string()) }),
  }),
  'AWS::EC2::TransitGateway': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::TransitGateway'),
    state: z.string(),
    ownerId: z.string().optional(),
    autoAcceptSharedAttachments: z.string().optional(),
    defaultRouteTableAssociation: z.string().optional(),
    defaultRouteTablePropagation: z.string().optional(),
  }),
  /** EC2's account-level defaults that decide new instances' IMDS and EBS settings. */
  'AWS::EC2::AccountSettings': z.object({
    ...resourceBase,
    type: z.literal('AWS::EC2::AccountSettings'),
    ebsEncryptionByDefault: collected(z.boolean()),
    imdsDefaults: collected(z.object({ httpTokens: z.string().optional() })),
  }),
};
