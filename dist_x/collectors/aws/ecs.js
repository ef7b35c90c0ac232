import { classifyAwsError } from '../../aws/errors.js';
import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit, oncePerClient, tagMap } from '../util.js';
const sdk = () => import('@aws-sdk/client-ecs');
const ecs = async (ctx) => ctx.clients.get((await sdk()).ECSClient, ctx.region);
const base = (ctx, id, arn, name, tags) => ({ id, arn, name, account: ctx.account, region: ctx.region, tags: tagMap(tags) });
const chunks = (items, size) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
/** The last path segment of an ECS ARN ("arn:...:cluster/prod" → "prod"). */
const lastSegment = (arn) => arn.slice(arn.lastIndexOf('/') + 1);
const errorText = (e) => classifyAwsError(e).message;
/** ecs.clusters and ecs.services both need the region's clusters: one listing per client. */
const clusterListings = new WeakMap();
function listClusterArns(client) {
    return oncePerClient(clusterListings, client, async () => {
        const { paginateListClusters } = await sdk();
        const arns = [];
        for await (const page of paginateListClusters({ client, pageSize: 100 }, {}))
            arns.push(...(page.clusterArns ?? []));
        return arns;
    });
}
function destinationOf(l) {
    return l && (l.cloudWatchLogGroupName || l.s3BucketName) ? { cloudWatchLogGroupName: l.cloudWatchLogGroupName, s3BucketName: l.s3BucketName } : undefined;
}
function clusterOf(ctx, arn, c, describeError) {
    const name = c?.clusterName ?? lastSegment(arn);
    return {
        ...base(ctx, name, arn, name, c?.tags),
        type: 'AWS::ECS::Cluster',
        status: c?.status ?? 'UNKNOWN',
        containerInsights: c?.settings?.find((s) => s.name === 'containerInsights')?.value,
        activeServicesCount: c?.activeServicesCount ?? 0,
        runningTasksCount: c?.runningTasksCount ?? 0,
        executeCommandLogging: c?.configuration?.executeCommandConfiguration?.logging,
        executeCommandKmsKeyId: c?.configuration?.executeCommandConfiguration?.kmsKeyId,
        executeCommandLogDestination: destinationOf(c?.configuration?.executeCommandConfiguration?.logConfiguration),
        describeError,
    };
}
export const ecsClusters = defineCollector({
    id: 'ecs.clusters',
    scope: 'regional',
    iamActions: ['ecs:ListClusters', 'ecs:DescribeClusters'],
    produces: ['AWS::ECS::Cluster'],
    async collect(ctx) {
        const { DescribeClustersCommand } = await sdk();
        const client = await ecs(ctx);
        const batches = await mapLimit(chunks(await listClusterArns(client), 100), 4, async (arns) => {
            try {
                const res = await client.send(new DescribeClustersCommand({ clusters: arns, include: ['SETTINGS', 'CONFIGURATIONS', 'TAGS'] }));
                const failures = new Map((res.failures ?? []).map((f) => [f.arn ?? '', f.reason ?? 'unknown reason']));
                const found = new Map((res.clusters ?? []).map((c) => [c.clusterArn, c]));
                // MISSING: deleted between List and Describe, so it is gone rather than unreadable.
                return arns
                    .filter((a) => found.has(a) || failures.get(a) !== 'MISSING')
                    .map((a) => (found.has(a) ? clusterOf(ctx, a, found.get(a)) : clusterOf(ctx, a, undefined, `DescribeClusters: ${failures.get(a) ?? 'not returned'}`)));
            }
            catch (e) {
                return arns.map((a) => clusterOf(ctx, a, undefined, `DescribeClusters: ${errorText(e)}`));
            }
        });
        return batches.flat();
    },
});
function serviceOf(ctx, clusterArn, arn, s, describeError) {
    const name = s?.serviceName ?? lastSegment(arn);
    const vpc = s?.networkConfiguration?.awsvpcConfiguration;
    return {
        // Service names are unique only within a cluster.
        ...base(ctx, `${lastSegment(clusterArn)}/${name}`, arn, name, s?.tags),
        type: 'AWS::ECS::Service',
        clusterArn,
        taskDefinition: s?.taskDefinition,
        launchType: s?.launchType,
        capacityProviders: s?.capacityProviderStrategy?.map((c) => c.capacityProvider).filter(Boolean),
        platformVersion: s?.platformVersion,
        platformFamily: s?.platformFamily,
        desiredCount: s?.desiredCount ?? 0,
        awsvpc: vpc ? { subnets: vpc.subnets ?? [], securityGroups: vpc.securityGroups ?? [], assignPublicIp: vpc.assignPublicIp } : undefined,
        deploymentController: s?.deploymentController?.type ?? 'ECS',
        circuitBreaker: { enable: s?.deploymentConfiguration?.deploymentCircuitBreaker?.enable ?? false, rollback: s?.deploymentConfiguration?.deploymentCircuitBreaker?.rollback ?? false },
        describeError,
    };
}
export const ecsServices = defineCollector({
    id: 'ecs.services',
    scope: 'regional',
    iamActions: ['ecs:ListClusters', 'ecs:ListServices', 'ecs:DescribeServices'],
    produces: ['AWS::ECS::Service'],
    async collect(ctx) {
        const { paginateListServices, DescribeServicesCommand } = await sdk();
        const client = await ecs(ctx);
        const perCluster = await mapLimit(await listClusterArns(client), 4, async (cluster) => {
            const arns = [];
            for await (const page of paginateListServices({ client, pageSize: 100 }, { cluster }))
                arns.push(...(page.serviceArns ?? []));
            const batches = await mapLimit(chunks(arns, 10), 4, async (batch) => {
                try {
                    const res = await client.send(new DescribeServicesCommand({ cluster, services: batch, include: ['TAGS'] }));
                    const failures = new Map((res.failures ?? []).map((f) => [f.arn ?? '', f.reason ?? 'unknown reason']));
                    const found = new Map((res.services ?? []).map((s) => [s.serviceArn, s]));
                    return batch
                        .filter((a) => found.has(a) || failures.get(a) !== 'MISSING')
                        .map((a) => (found.has(a) ? serviceOf(ctx, cluster, a, found.get(a)) : serviceOf(ctx, cluster, a, undefined, `DescribeServices: ${failures.get(a) ?? 'not returned'}`)));
                }
                catch (e) {
                    return batch.map((a) => serviceOf(ctx, cluster, a, undefined, `DescribeServices: ${errorText(e)}`));
                }
            });
            return batches.flat();
        });
        return perCluster.flat();
    },
});
/** "arn:aws:ecs:us-east-1:1:task-definition/web:12" → { family: "web", revision: 12 } */
export function parseTaskDefinitionArn(arn) {
    const m = /task-definition\/(.+):(\d+)$/.exec(arn);
    return m ? { family: m[1], revision: Number(m[2]) } : undefined;
}
function taskDefinitionOf(ctx, arn, td, tags, describeError) {
    const parsed = parseTaskDefinitionArn(arn) ?? { family: lastSegment(arn), revision: 0 };
    const family = td?.family ?? parsed.family;
    const revision = td?.revision ?? parsed.revision;
    return {
        ...base(ctx, `${family}:${revision}`, td?.taskDefinitionArn ?? arn, `${family}:${revision}`, tags),
        type: 'AWS::ECS::TaskDefinition',
        family,
        revision,
        status: td?.status,
        networkMode: td?.networkMode,
        pidMode: td?.pidMode,
        taskRoleArn: td?.taskRoleArn,
        executionRoleArn: td?.executionRoleArn,
        requiresCompatibilities: td?.requiresCompatibilities ?? [],
        memory: td?.memory,
        volumes: (td?.volumes ?? []).map((v) => ({
            name: v.name ?? '',
            efs: v.efsVolumeConfiguration ? { fileSystemId: v.efsVolumeConfiguration.fileSystemId ?? '', transitEncryption: v.efsVolumeConfiguration.transitEncryption } : undefined,
        })),
        containers: (td?.containerDefinitions ?? []).map((c) => ({
            name: c.name ?? '',
            image: c.image ?? '',
            privileged: c.privileged,
            user: c.user,
            readonlyRootFilesystem: c.readonlyRootFilesystem,
            environment: (c.environment ?? []).map((e) => ({ name: e.name ?? '', value: e.value ?? '' })),
            secretNames: (c.secrets ?? []).map((s) => s.name ?? ''),
            portMappings: (c.portMappings ?? []).map((p) => ({ containerPort: p.containerPort, hostPort: p.hostPort, protocol: p.protocol })),
            logDriver: c.logConfiguration?.logDriver,
            memory: c.memory,
            memoryReservation: c.memoryReservation,
            capabilitiesAdd: c.linuxParameters?.capabilities?.add ?? [],
        })),
        describeError,
    };
}
/**
 * Accounts keep every revision ever registered, often thousands. Only the latest ACTIVE revision of
 * each family is described (what the next deployment uses), plus every revision a service in the
 * region runs (what is running now, even if older or deregistered), which bounds the Describe calls
 * to families + services.
 */
export const ecsTaskDefinitions = defineCollector({
    id: 'ecs.taskDefinitions',
    scope: 'regional',
    iamActions: ['ecs:ListTaskDefinitions', 'ecs:DescribeTaskDefinition'],
    produces: ['AWS::ECS::TaskDefinition'],
    dependsOn: ['ecs.services'],
    async collect(ctx) {
        const { paginateListTaskDefinitions, DescribeTaskDefinitionCommand } = await sdk();
        const client = await ecs(ctx);
        const latest = new Map();
        for await (const page of paginateListTaskDefinitions({ client, pageSize: 100 }, { status: 'ACTIVE', sort: 'DESC' }))
            for (const arn of page.taskDefinitionArns ?? []) {
                const p = parseTaskDefinitionArn(arn);
                if (!p)
                    continue;
                const seen = latest.get(p.family);
                if (!seen || p.revision > seen.revision)
                    latest.set(p.family, { arn, revision: p.revision });
            }
        const wanted = new Set([...latest.values()].map((v) => v.arn));
        for (const s of ctx.collectedSoFar('AWS::ECS::Service'))
            if (s.type === 'AWS::ECS::Service' && s.account === ctx.account && s.region === ctx.region && s.taskDefinition?.startsWith('arn:'))
                wanted.add(s.taskDefinition);
        const out = await mapLimit([...wanted], 8, async (arn) => {
            const d = await detail(() => client.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] })));
            if (!d.ok)
                return taskDefinitionOf(ctx, arn, undefined, undefined, `DescribeTaskDefinition: ${d.error}`);
            return d.value?.taskDefinition ? taskDefinitionOf(ctx, arn, d.value.taskDefinition, d.value.tags) : undefined;
        });
        return out.filter((x) => x !== undefined);
    },
});
export const ecsCollectors = [ecsClusters, ecsServices, ecsTaskDefinitions];
