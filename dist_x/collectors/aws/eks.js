import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit, oncePerClient } from '../util.js';
const sdk = () => import('@aws-sdk/client-eks');
const eks = async (ctx) => ctx.clients.get((await sdk()).EKSClient, ctx.region);
const base = (ctx, id, arn, name, tags) => ({ id, arn, name, account: ctx.account, region: ctx.region, tags: tags ?? {} });
/** eks.clusters and eks.nodegroups both need the region's clusters: one listing per client. */
const clusterListings = new WeakMap();
function listClusterNames(client) {
    return oncePerClient(clusterListings, client, async () => {
        const { paginateListClusters } = await sdk();
        const names = [];
        for await (const page of paginateListClusters({ client, pageSize: 100 }, {}))
            names.push(...(page.clusters ?? []));
        return names;
    });
}
function clusterOf(ctx, name, c, describeError) {
    const vpc = c?.resourcesVpcConfig;
    return {
        ...base(ctx, name, c?.arn, name, c?.tags),
        type: 'AWS::EKS::Cluster',
        version: c?.version,
        status: c?.status,
        roleArn: c?.roleArn,
        // The API default for a new cluster is a public endpoint open to 0.0.0.0/0.
        endpointPublicAccess: vpc?.endpointPublicAccess ?? true,
        endpointPrivateAccess: vpc?.endpointPrivateAccess ?? false,
        publicAccessCidrs: vpc?.publicAccessCidrs ?? [],
        vpcId: vpc?.vpcId,
        subnetIds: vpc?.subnetIds ?? [],
        securityGroupIds: vpc?.securityGroupIds ?? [],
        clusterSecurityGroupId: vpc?.clusterSecurityGroupId,
        secretsEncryptionKeyArns: (c?.encryptionConfig ?? []).filter((e) => (e.resources ?? []).includes('secrets')).map((e) => e.provider?.keyArn ?? '').filter(Boolean),
        enabledLogTypes: (c?.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []),
        // Off unless turned on; older API versions do not return the field.
        deletionProtection: c?.deletionProtection ?? false,
        describeError,
    };
}
export const eksClusters = defineCollector({
    id: 'eks.clusters',
    scope: 'regional',
    iamActions: ['eks:ListClusters', 'eks:DescribeCluster'],
    produces: ['AWS::EKS::Cluster'],
    async collect(ctx) {
        const { DescribeClusterCommand } = await sdk();
        const client = await eks(ctx);
        const out = await mapLimit(await listClusterNames(client), 8, async (name) => {
            const d = await detail(async () => (await client.send(new DescribeClusterCommand({ name }))).cluster);
            if (!d.ok)
                return clusterOf(ctx, name, undefined, `DescribeCluster: ${d.error}`);
            return d.value ? clusterOf(ctx, name, d.value) : undefined;
        });
        return out.filter((x) => x !== undefined);
    },
});
function nodegroupOf(ctx, cluster, name, n, describeError) {
    return {
        ...base(ctx, `${cluster}/${name}`, n?.nodegroupArn, name, n?.tags),
        type: 'AWS::EKS::Nodegroup',
        clusterName: cluster,
        nodeRole: n?.nodeRole,
        amiType: n?.amiType,
        subnets: n?.subnets ?? [],
        remoteAccess: n?.remoteAccess ? { ec2SshKey: n.remoteAccess.ec2SshKey, sourceSecurityGroups: n.remoteAccess.sourceSecurityGroups ?? [] } : undefined,
        scalingConfig: n?.scalingConfig ? { minSize: n.scalingConfig.minSize, maxSize: n.scalingConfig.maxSize, desiredSize: n.scalingConfig.desiredSize } : undefined,
        describeError,
    };
}
export const eksNodegroups = defineCollector({
    id: 'eks.nodegroups',
    scope: 'regional',
    iamActions: ['eks:ListClusters', 'eks:ListNodegroups', 'eks:DescribeNodegroup'],
    produces: ['AWS::EKS::Nodegroup'],
    async collect(ctx) {
        const { paginateListNodegroups, DescribeNodegroupCommand } = await sdk();
        const client = await eks(ctx);
        const pairs = [];
        for (const cluster of await listClusterNames(client))
            for await (const page of paginateListNodegroups({ client, pageSize: 100 }, { clusterName: cluster }))
                for (const name of page.nodegroups ?? [])
                    pairs.push({ cluster, name });
        const out = await mapLimit(pairs, 8, async ({ cluster, name }) => {
            const d = await detail(async () => (await client.send(new DescribeNodegroupCommand({ clusterName: cluster, nodegroupName: name }))).nodegroup);
            if (!d.ok)
                return nodegroupOf(ctx, cluster, name, undefined, `DescribeNodegroup: ${d.error}`);
            return d.value ? nodegroupOf(ctx, cluster, name, d.value) : undefined;
        });
        return out.filter((x) => x !== undefined);
    },
});
export const eksCollectors = [eksClusters, eksNodegroups];
