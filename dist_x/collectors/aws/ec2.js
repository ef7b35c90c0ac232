import { failed, ok } from '../../inventory/base.js';
import { classifyAwsError } from '../../aws/errors.js';
import { defineCollector } from '../defineCollector.js';
import { parsePolicy, tagMap } from '../util.js';
const sdk = () => import('@aws-sdk/client-ec2');
const ec2 = async (ctx) => ctx.clients.get((await sdk()).EC2Client, ctx.region);
const arn = (ctx, kind, id) => `arn:aws:ec2:${ctx.region}:${ctx.account}:${kind}/${id}`;
const base = (ctx, kind, id, tags) => {
    const t = tagMap(tags);
    return { id, arn: arn(ctx, kind, id), name: t.Name ?? id, account: ctx.account, region: ctx.region, tags: t };
};
const PAGE = { pageSize: 1000 };
export const ec2Vpcs = defineCollector({
    id: 'ec2.vpcs',
    scope: 'regional',
    iamActions: ['ec2:DescribeVpcs'],
    produces: ['AWS::EC2::VPC'],
    async collect(ctx) {
        const { paginateDescribeVpcs } = await sdk();
        const out = [];
        for await (const page of paginateDescribeVpcs({ client: await ec2(ctx), ...PAGE }, {}))
            for (const v of page.Vpcs ?? [])
                out.push({
                    ...base(ctx, 'vpc', v.VpcId, v.Tags),
                    type: 'AWS::EC2::VPC',
                    cidrBlock: v.CidrBlock ?? '',
                    ipv6CidrBlocks: (v.Ipv6CidrBlockAssociationSet ?? []).map((a) => a.Ipv6CidrBlock).filter(Boolean),
                    isDefault: v.IsDefault ?? false,
                    state: v.State ?? 'unknown',
                });
        return out;
    },
});
export const ec2Subnets = defineCollector({
    id: 'ec2.subnets',
    scope: 'regional',
    iamActions: ['ec2:DescribeSubnets'],
    produces: ['AWS::EC2::Subnet'],
    async collect(ctx) {
        const { paginateDescribeSubnets } = await sdk();
        const out = [];
        for await (const page of paginateDescribeSubnets({ client: await ec2(ctx), ...PAGE }, {}))
            for (const s of page.Subnets ?? [])
                out.push({
                    ...base(ctx, 'subnet', s.SubnetId, s.Tags),
                    type: 'AWS::EC2::Subnet',
                    vpcId: s.VpcId ?? '',
                    cidrBlock: s.CidrBlock ?? '',
                    ipv6CidrBlocks: (s.Ipv6CidrBlockAssociationSet ?? []).map((a) => a.Ipv6CidrBlock).filter(Boolean),
                    availabilityZone: s.AvailabilityZone ?? '',
                    mapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false,
                });
        return out;
    },
});
export const ec2RouteTables = defineCollector({
    id: 'ec2.routeTables',
    scope: 'regional',
    iamActions: ['ec2:DescribeRouteTables'],
    produces: ['AWS::EC2::RouteTable'],
    async collect(ctx) {
        const { paginateDescribeRouteTables } = await sdk();
        const out = [];
        for await (const page of paginateDescribeRouteTables({ client: await ec2(ctx), pageSize: 100 }, {}))
            for (const rt of page.RouteTables ?? [])
                out.push({
                    ...base(ctx, 'route-table', rt.RouteTableId, rt.Tags),
                    type: 'AWS::EC2::RouteTable',
                    vpcId: rt.VpcId ?? '',
                    associations: (rt.Associations ?? []).map((a) => ({ main: a.Main ?? false, subnetId: a.SubnetId, gatewayId: a.GatewayId })),
                    routes: (rt.Routes ?? []).map((r) => ({
                        destinationCidrBlock: r.DestinationCidrBlock,
                        destinationIpv6CidrBlock: r.DestinationIpv6CidrBlock,
                        destinationPrefixListId: r.DestinationPrefixListId,
                        target: r.GatewayId ??
                            r.NatGatewayId ??
                            r.EgressOnlyInternetGatewayId ??
                            r.VpcPeeringConnectionId ??
                            r.TransitGatewayId ??
                            r.NetworkInterfaceId ??
                            r.InstanceId ??
                            r.LocalGatewayId ??
                            r.CarrierGatewayId ??
                            r.CoreNetworkArn ??
                            'unknown',
                        state: r.State ?? 'active',
                    })),
                });
        return out;
    },
});
export const ec2Gateways = defineCollector({
    id: 'ec2.gateways',
    scope: 'regional',
    iamActions: ['ec2:DescribeInternetGateways', 'ec2:DescribeEgressOnlyInternetGateways', 'ec2:DescribeNatGateways'],
    produces: ['AWS::EC2::InternetGateway', 'AWS::EC2::EgressOnlyInternetGateway', 'AWS::EC2::NatGateway'],
    async collect(ctx) {
        const { paginateDescribeInternetGateways, paginateDescribeEgressOnlyInternetGateways, paginateDescribeNatGateways } = await sdk();
        const client = await ec2(ctx);
        const out = [];
        for await (const page of paginateDescribeInternetGateways({ client, ...PAGE }, {}))
            for (const g of page.InternetGateways ?? [])
                out.push({
                    ...base(ctx, 'internet-gateway', g.InternetGatewayId, g.Tags),
                    type: 'AWS::EC2::InternetGateway',
                    attachedVpcIds: (g.Attachments ?? []).filter((a) => a.State !== 'detached').map((a) => a.VpcId),
                });
        for await (const page of paginateDescribeEgressOnlyInternetGateways({ client, pageSize: 255 }, {}))
            for (const g of page.EgressOnlyInternetGateways ?? [])
                out.push({
                    ...base(ctx, 'egress-only-internet-gateway', g.EgressOnlyInternetGatewayId, g.Tags),
                    type: 'AWS::EC2::EgressOnlyInternetGateway',
                    attachedVpcIds: (g.Attachments ?? []).filter((a) => a.State !== 'detached').map((a) => a.VpcId),
                });
        for await (const page of paginateDescribeNatGateways({ client, ...PAGE }, {}))
            for (const n of page.NatGateways ?? [])
                out.push({
                    ...base(ctx, 'natgateway', n.NatGatewayId, n.Tags),
                    type: 'AWS::EC2::NatGateway',
                    vpcId: n.VpcId ?? '',
                    subnetId: n.SubnetId ?? '',
                    state: n.State ?? 'unknown',
                    connectivityType: n.ConnectivityType ?? 'public',
                    publicIps: (n.NatGatewayAddresses ?? []).map((a) => a.PublicIp).filter(Boolean),
                });
        return out;
    },
});
export const ec2NetworkAcls = defineCollector({
    id: 'ec2.networkAcls',
    scope: 'regional',
    iamActions: ['ec2:DescribeNetworkAcls'],
    produces: ['AWS::EC2::NetworkAcl'],
    async collect(ctx) {
        const { paginateDescribeNetworkAcls } = await sdk();
        const out = [];
        for await (const page of paginateDescribeNetworkAcls({ client: await ec2(ctx), ...PAGE }, {}))
            for (const n of page.NetworkAcls ?? [])
                out.push({
                    ...base(ctx, 'network-acl', n.NetworkAclId, n.Tags),
                    type: 'AWS::EC2::NetworkAcl',
                    vpcId: n.VpcId ?? '',
                    isDefault: n.IsDefault ?? false,
                    subnetIds: (n.Associations ?? []).map((a) => a.SubnetId).filter(Boolean),
                    entries: (n.Entries ?? []).map((e) => ({
                        ruleNumber: e.RuleNumber ?? 32767,
                        protocol: String(e.Protocol ?? '-1'),
                        ruleAction: e.RuleAction === 'allow' ? 'allow' : 'deny',
                        egress: e.Egress ?? false,
                        cidrBlock: e.CidrBlock,
                        ipv6CidrBlock: e.Ipv6CidrBlock,
                        portRange: e.PortRange ? { from: e.PortRange.From ?? 0, to: e.PortRange.To ?? 65535 } : undefined,
                    })),
                });
        return out;
    },
});
function permissions(list) {
    return (list ?? []).map((p) => ({
        ipProtocol: p.IpProtocol ?? '-1',
        fromPort: p.FromPort,
        toPort: p.ToPort,
        ipv4Ranges: (p.IpRanges ?? []).map((r) => ({ cidr: r.CidrIp, description: r.Description })),
        ipv6Ranges: (p.Ipv6Ranges ?? []).map((r) => ({ cidr: r.CidrIpv6, description: r.Description })),
        prefixListIds: (p.PrefixListIds ?? []).map((r) => r.PrefixListId),
        groupPairs: (p.UserIdGroupPairs ?? []).map((g) => ({ groupId: g.GroupId, userId: g.UserId, vpcPeeringConnectionId: g.VpcPeeringConnectionId })),
    }));
}
export const ec2SecurityGroups = defineCollector({
    id: 'ec2.securityGroups',
    scope: 'regional',
    iamActions: ['ec2:DescribeSecurityGroups'],
    produces: ['AWS::EC2::SecurityGroup'],
    async collect(ctx) {
        const { paginateDescribeSecurityGroups } = await sdk();
        const out = [];
        for await (const page of paginateDescribeSecurityGroups({ client: await ec2(ctx), ...PAGE }, {}))
            for (const g of page.SecurityGroups ?? [])
                out.push({
                    ...base(ctx, 'security-group', g.GroupId, g.Tags),
                    name: g.GroupName ?? g.GroupId,
                    type: 'AWS::EC2::SecurityGroup',
                    groupName: g.GroupName ?? '',
                    description: g.Description ?? '',
                    vpcId: g.VpcId,
                    ingress: permissions(g.IpPermissions),
                    egress: permissions(g.IpPermissionsEgress),
                });
        return out;
    },
});
export const ec2NetworkInterfaces = defineCollector({
    id: 'ec2.networkInterfaces',
    scope: 'regional',
    iamActions: ['ec2:DescribeNetworkInterfaces'],
    produces: ['AWS::EC2::NetworkInterface'],
    async collect(ctx) {
        const { paginateDescribeNetworkInterfaces } = await sdk();
        const out = [];
        for await (const page of paginateDescribeNetworkInterfaces({ client: await ec2(ctx), ...PAGE }, {}))
            for (const n of page.NetworkInterfaces ?? []) {
                const publicIps = new Set();
                if (n.Association?.PublicIp)
                    publicIps.add(n.Association.PublicIp);
                for (const p of n.PrivateIpAddresses ?? [])
                    if (p.Association?.PublicIp)
                        publicIps.add(p.Association.PublicIp);
                out.push({
                    ...base(ctx, 'network-interface', n.NetworkInterfaceId, n.TagSet),
                    type: 'AWS::EC2::NetworkInterface',
                    vpcId: n.VpcId ?? '',
                    subnetId: n.SubnetId ?? '',
                    interfaceType: n.InterfaceType ?? 'interface',
                    status: n.Status ?? 'unknown',
                    description: n.Description ?? '',
                    securityGroupIds: (n.Groups ?? []).map((g) => g.GroupId),
                    privateIpAddresses: (n.PrivateIpAddresses ?? []).map((p) => p.PrivateIpAddress).filter(Boolean),
                    publicIps: [...publicIps],
                    ipv6Addresses: (n.Ipv6Addresses ?? []).map((a) => a.Ipv6Address).filter(Boolean),
                    attachedInstanceId: n.Attachment?.InstanceId,
                    requesterId: n.RequesterId,
                    requesterManaged: n.RequesterManaged ?? false,
                });
            }
        return out;
    },
});
export const ec2Instances = defineCollector({
    id: 'ec2.instances',
    scope: 'regional',
    iamActions: ['ec2:DescribeInstances'],
    produces: ['AWS::EC2::Instance'],
    async collect(ctx) {
        const { paginateDescribeInstances } = await sdk();
        const out = [];
        for await (const page of paginateDescribeInstances({ client: await ec2(ctx), ...PAGE }, {}))
            for (const res of page.Reservations ?? [])
                for (const i of res.Instances ?? []) {
                    if (i.State?.Name === 'terminated')
                        continue;
                    const groups = new Set((i.SecurityGroups ?? []).map((g) => g.GroupId));
                    for (const n of i.NetworkInterfaces ?? [])
                        for (const g of n.Groups ?? [])
                            groups.add(g.GroupId);
                    out.push({
                        ...base(ctx, 'instance', i.InstanceId, i.Tags),
                        type: 'AWS::EC2::Instance',
                        state: i.State?.Name ?? 'unknown',
                        imageId: i.ImageId ?? '',
                        instanceType: String(i.InstanceType ?? ''),
                        vpcId: i.VpcId,
                        subnetId: i.SubnetId,
                        publicIpAddress: i.PublicIpAddress,
                        privateIpAddress: i.PrivateIpAddress,
                        securityGroupIds: [...groups],
                        networkInterfaceIds: (i.NetworkInterfaces ?? []).map((n) => n.NetworkInterfaceId),
                        iamInstanceProfileArn: i.IamInstanceProfile?.Arn,
                        metadataOptions: {
                            httpTokens: i.MetadataOptions?.HttpTokens,
                            httpEndpoint: i.MetadataOptions?.HttpEndpoint,
                            httpPutResponseHopLimit: i.MetadataOptions?.HttpPutResponseHopLimit,
                        },
                        launchTime: i.LaunchTime?.toISOString(),
                    });
                }
        return out;
    },
});
export const ec2Addresses = defineCollector({
    id: 'ec2.addresses',
    scope: 'regional',
    iamActions: ['ec2:DescribeAddresses'],
    produces: ['AWS::EC2::EIP'],
    async collect(ctx) {
        const { DescribeAddressesCommand } = await sdk();
        const res = await (await ec2(ctx)).send(new DescribeAddressesCommand({}));
        return (res.Addresses ?? []).map((a) => ({
            ...base(ctx, 'elastic-ip', a.AllocationId ?? a.PublicIp, a.Tags),
            type: 'AWS::EC2::EIP',
            publicIp: a.PublicIp,
            allocationId: a.AllocationId,
            associationId: a.AssociationId,
            instanceId: a.InstanceId,
            networkInterfaceId: a.NetworkInterfaceId,
        }));
    },
});
export const ec2FlowLogs = defineCollector({
    id: 'ec2.flowLogs',
    scope: 'regional',
    iamActions: ['ec2:DescribeFlowLogs'],
    produces: ['AWS::EC2::FlowLog'],
    async collect(ctx) {
        const { paginateDescribeFlowLogs } = await sdk();
        const out = [];
        for await (const page of paginateDescribeFlowLogs({ client: await ec2(ctx), ...PAGE }, {}))
            for (const f of page.FlowLogs ?? [])
                out.push({
                    ...base(ctx, 'vpc-flow-log', f.FlowLogId, f.Tags),
                    type: 'AWS::EC2::FlowLog',
                    resourceId: f.ResourceId ?? '',
                    trafficType: f.TrafficType ?? 'ALL',
                    logDestinationType: f.LogDestinationType ?? 'cloud-watch-logs',
                    logDestination: f.LogDestination ?? f.LogGroupName,
                    status: f.FlowLogStatus ?? 'ACTIVE',
                });
        return out;
    },
});
export const ec2VpcEndpoints = defineCollector({
    id: 'ec2.vpcEndpoints',
    scope: 'regional',
    iamActions: ['ec2:DescribeVpcEndpoints', 'ec2:DescribeVpcEndpointServices'],
    produces: ['AWS::EC2::VPCEndpoint'],
    async collect(ctx) {
        const { paginateDescribeVpcEndpoints } = await sdk();
        const client = await ec2(ctx);
        const out = [];
        for await (const page of paginateDescribeVpcEndpoints({ client, ...PAGE }, {}))
            for (const e of page.VpcEndpoints ?? [])
                out.push({
                    ...base(ctx, 'vpc-endpoint', e.VpcEndpointId, e.Tags),
                    type: 'AWS::EC2::VPCEndpoint',
                    vpcId: e.VpcId ?? '',
                    serviceName: e.ServiceName ?? '',
                    endpointType: String(e.VpcEndpointType ?? 'Gateway'),
                    state: String(e.State ?? 'unknown'),
                    policyDocument: e.PolicyDocument ? parsePolicy(e.PolicyDocument) : undefined,
                    subnetIds: e.SubnetIds ?? [],
                    securityGroupIds: (e.Groups ?? []).map((g) => g.GroupId),
                    routeTableIds: e.RouteTableIds ?? [],
                    privateDnsEnabled: e.PrivateDnsEnabled ?? false,
                });
        const details = await endpointServiceDetails(ctx, [...new Set(out.map((e) => e.serviceName).filter(Boolean))]);
        for (const e of out)
            e.service = details.get(e.serviceName) ?? failed(`DescribeVpcEndpointServices did not describe ${e.serviceName || 'the service'}`);
        return out;
    },
});
/**
 * Whether each service accepts custom endpoint policies, and its private DNS name, from the
 * service's own description (ServiceDetail.VpcEndpointPolicySupported / PrivateDnsName), so rules
 * never rely on a hand-kept list of services. A failed call marks every service unread.
 */
async function endpointServiceDetails(ctx, names) {
    const { DescribeVpcEndpointServicesCommand } = await sdk();
    const client = await ec2(ctx);
    const out = new Map();
    for (let i = 0; i < names.length; i += 50) {
        const chunk = names.slice(i, i + 50);
        try {
            let token;
            do {
                const r = await client.send(new DescribeVpcEndpointServicesCommand({ ServiceNames: chunk, NextToken: token, MaxResults: 1000 }));
                for (const d of r.ServiceDetails ?? [])
                    if (d.ServiceName && chunk.includes(d.ServiceName))
                        out.set(d.ServiceName, ok({ policySupported: d.VpcEndpointPolicySupported, privateDnsName: d.PrivateDnsName }));
                token = r.NextToken;
            } while (token);
        }
        catch (e) {
            const why = classifyAwsError(e).message;
            for (const n of chunk)
                if (!out.has(n))
                    out.set(n, failed(why));
        }
    }
    return out;
}
export const ec2PeeringConnections = defineCollector({
    id: 'ec2.peeringConnections',
    scope: 'regional',
    iamActions: ['ec2:DescribeVpcPeeringConnections'],
    produces: ['AWS::EC2::VPCPeeringConnection'],
    async collect(ctx) {
        const { paginateDescribeVpcPeeringConnections } = await sdk();
        const side = (v) => ({
            vpcId: v?.VpcId ?? '',
            ownerId: v?.OwnerId ?? '',
            region: v?.Region,
            cidrBlocks: [...new Set([v?.CidrBlock, ...(v?.CidrBlockSet ?? []).map((c) => c.CidrBlock)].filter((c) => !!c))],
        });
        const out = [];
        for await (const page of paginateDescribeVpcPeeringConnections({ client: await ec2(ctx), ...PAGE }, {}))
            for (const p of page.VpcPeeringConnections ?? [])
                out.push({
                    ...base(ctx, 'vpc-peering-connection', p.VpcPeeringConnectionId, p.Tags),
                    type: 'AWS::EC2::VPCPeeringConnection',
                    status: p.Status?.Code ?? 'unknown',
                    requester: side(p.RequesterVpcInfo),
                    accepter: side(p.AccepterVpcInfo),
                });
        return out;
    },
});
export const ec2TransitGateways = defineCollector({
    id: 'ec2.transitGateways',
    scope: 'regional',
    iamActions: ['ec2:DescribeTransitGateways'],
    produces: ['AWS::EC2::TransitGateway'],
    async collect(ctx) {
        const { paginateDescribeTransitGateways } = await sdk();
        const out = [];
        for await (const page of paginateDescribeTransitGateways({ client: await ec2(ctx), ...PAGE }, {}))
            for (const t of page.TransitGateways ?? [])
                out.push({
                    ...base(ctx, 'transit-gateway', t.TransitGatewayId, t.Tags),
                    arn: t.TransitGatewayArn ?? arn(ctx, 'transit-gateway', t.TransitGatewayId),
                    type: 'AWS::EC2::TransitGateway',
                    state: String(t.State ?? 'unknown'),
                    ownerId: t.OwnerId,
                    autoAcceptSharedAttachments: t.Options?.AutoAcceptSharedAttachments,
                    defaultRouteTableAssociation: t.Options?.DefaultRouteTableAssociation,
                    defaultRouteTablePropagation: t.Options?.DefaultRouteTablePropagation,
                });
        return out;
    },
});
export const ec2AccountSettings = defineCollector({
    id: 'ec2.accountSettings',
    scope: 'regional',
    iamActions: ['ec2:GetEbsEncryptionByDefault', 'ec2:GetInstanceMetadataDefaults'],
    produces: ['AWS::EC2::AccountSettings'],
    async collect(ctx) {
        const { GetEbsEncryptionByDefaultCommand, GetInstanceMetadataDefaultsCommand } = await sdk();
        const client = await ec2(ctx);
        const read = async (fn) => {
            try {
                return ok(await fn());
            }
            catch (e) {
                return failed(classifyAwsError(e).message);
            }
        };
        const ebs = await read(async () => (await client.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault ?? false);
        const imds = await read(async () => ({ httpTokens: (await client.send(new GetInstanceMetadataDefaultsCommand({}))).AccountLevel?.HttpTokens }));
        return [
            {
                id: `${ctx.account}/${ctx.region}`,
                arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:account-settings`,
                name: `EC2 settings ${ctx.region}`,
                account: ctx.account,
                region: ctx.region,
                tags: {},
                type: 'AWS::EC2::AccountSettings',
                ebsEncryptionByDefault: ebs,
                imdsDefaults: imds,
            },
        ];
    },
});
export const ec2Collectors = [
    ec2Vpcs,
    ec2Subnets,
    ec2RouteTables,
    ec2Gateways,
    ec2NetworkAcls,
    ec2SecurityGroups,
    ec2NetworkInterfaces,
    ec2Instances,
    ec2Addresses,
    ec2FlowLogs,
    ec2VpcEndpoints,
    ec2PeeringConnections,
    ec2TransitGateways,
    ec2AccountSettings,
];
