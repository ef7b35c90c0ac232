import { failed, ok } from '../../inventory/base.js';
import { classifyAwsError } from '../../aws/errors.js';
import { defineCollector } from '../defineCollector.js';
import { detail, iso, mapLimit, parsePolicy } from '../util.js';
const cwSdk = () => import('@aws-sdk/client-cloudwatch');
const logsSdk = () => import('@aws-sdk/client-cloudwatch-logs');
const synSdk = () => import('@aws-sdk/client-synthetics');
const logsClient = async (ctx) => ctx.clients.get((await logsSdk()).CloudWatchLogsClient, ctx.region);
const base = (ctx, id, arn, name, tags = {}) => ({
    id,
    arn,
    name,
    account: ctx.account,
    region: ctx.region,
    tags,
});
const dimensionsOf = (d) => {
    const out = (d ?? []).filter((x) => x.Name && x.Value !== undefined).map((x) => ({ name: x.Name, value: x.Value }));
    return out.length ? out : undefined;
};
export const cloudwatchAlarms = defineCollector({
    id: 'cloudwatch.alarms',
    scope: 'regional',
    iamActions: ['cloudwatch:DescribeAlarms'],
    produces: ['AWS::CloudWatch::Alarm'],
    async collect(ctx) {
        const { CloudWatchClient, paginateDescribeAlarms } = await cwSdk();
        const client = await ctx.clients.get(CloudWatchClient, ctx.region);
        const out = [];
        // Composite alarms watch other alarms, not metrics; the rules here are about metric alarms.
        for await (const page of paginateDescribeAlarms({ client, pageSize: 100 }, { AlarmTypes: ['MetricAlarm'] }))
            for (const a of page.MetricAlarms ?? []) {
                const queryMetrics = (a.Metrics ?? [])
                    .map((q) => q.MetricStat?.Metric)
                    .filter((m) => !!m?.MetricName && !!m.Namespace)
                    .map((m) => ({ metricName: m.MetricName, namespace: m.Namespace, dimensions: dimensionsOf(m.Dimensions) }));
                out.push({
                    ...base(ctx, a.AlarmName, a.AlarmArn, a.AlarmName),
                    type: 'AWS::CloudWatch::Alarm',
                    metricName: a.MetricName,
                    namespace: a.Namespace,
                    queryMetrics: queryMetrics.length ? queryMetrics : undefined,
                    actionsEnabled: a.ActionsEnabled ?? false,
                    alarmActions: a.AlarmActions ?? [],
                    okActions: a.OKActions ?? [],
                    insufficientDataActions: a.InsufficientDataActions ?? [],
                    stateValue: a.StateValue,
                    dimensions: dimensionsOf(a.Dimensions),
                });
            }
        return out;
    },
});
/**
 * Whether to read a group's data protection policy. DescribeLogGroups already reports
 * `dataProtectionStatus`; DISABLED, DELETED and ARCHIVED mean there is no policy in force, so
 * those groups need no extra call. ACTIVATED needs the policy itself. An absent field is not
 * documented to mean "never had one" (the field is optional and emulators omit it), so those
 * groups are read too rather than assumed unprotected: one call per such group, at most four
 * at a time.
 */
export function needsDataProtectionCall(status) {
    return status === undefined || status === 'ACTIVATED';
}
async function dataProtectionPolicy(client, g) {
    if (!needsDataProtectionCall(g.dataProtectionStatus))
        return ok(null);
    const { GetDataProtectionPolicyCommand } = await logsSdk();
    return detail(async () => {
        const res = await client.send(new GetDataProtectionPolicyCommand({ logGroupIdentifier: g.logGroupArn ?? g.logGroupName }));
        return res.policyDocument ? parsePolicy(res.policyDocument) : null;
    });
}
export const logsLogGroups = defineCollector({
    id: 'logs.logGroups',
    scope: 'regional',
    iamActions: ['logs:DescribeLogGroups', 'logs:GetDataProtectionPolicy'],
    produces: ['AWS::Logs::LogGroup'],
    async collect(ctx) {
        const { paginateDescribeLogGroups } = await logsSdk();
        const client = await logsClient(ctx);
        const groups = [];
        for await (const page of paginateDescribeLogGroups({ client, pageSize: 50 }, {}))
            groups.push(...(page.logGroups ?? []));
        return mapLimit(groups, 4, async (g) => ({
            // `arn` ends in ":*"; the inventory keeps the plain ARN that tagging and logGroupIdentifier use.
            ...base(ctx, g.logGroupName, g.logGroupArn ?? g.arn?.replace(/:\*$/, ''), g.logGroupName),
            type: 'AWS::Logs::LogGroup',
            kmsKeyId: g.kmsKeyId,
            retentionInDays: g.retentionInDays,
            storedBytes: g.storedBytes,
            logGroupClass: g.logGroupClass,
            dataProtectionStatus: g.dataProtectionStatus,
            inheritedProperties: g.inheritedProperties?.length ? g.inheritedProperties : undefined,
            dataProtectionPolicy: await dataProtectionPolicy(client, g),
        }));
    },
});
export const logsMetricFilters = defineCollector({
    id: 'logs.metricFilters',
    scope: 'regional',
    iamActions: ['logs:DescribeMetricFilters'],
    produces: ['AWS::Logs::MetricFilter'],
    async collect(ctx) {
        const { paginateDescribeMetricFilters } = await logsSdk();
        const out = [];
        for await (const page of paginateDescribeMetricFilters({ client: await logsClient(ctx), pageSize: 50 }, {}))
            for (const f of page.metricFilters ?? [])
                out.push({
                    ...base(ctx, `${f.logGroupName}/${f.filterName}`, undefined, f.filterName),
                    type: 'AWS::Logs::MetricFilter',
                    logGroupName: f.logGroupName ?? '',
                    filterPattern: f.filterPattern ?? '',
                    metrics: (f.metricTransformations ?? []).map((m) => ({ metricName: m.metricName ?? '', metricNamespace: m.metricNamespace ?? '' })),
                });
        return out;
    },
});
export const logsResourcePolicies = defineCollector({
    id: 'logs.resourcePolicies',
    scope: 'regional',
    iamActions: ['logs:DescribeResourcePolicies'],
    produces: ['AWS::Logs::ResourcePolicy'],
    async collect(ctx) {
        const { DescribeResourcePoliciesCommand } = await logsSdk();
        const client = await logsClient(ctx);
        const out = [];
        // The account-scope policies (the default scope). Policies attached to single log groups
        // would need one call per group and are not read here.
        let nextToken;
        do {
            const page = await client.send(new DescribeResourcePoliciesCommand({ limit: 50, nextToken }));
            for (const p of page.resourcePolicies ?? [])
                out.push({
                    ...base(ctx, p.policyName, p.resourceArn, p.policyName),
                    type: 'AWS::Logs::ResourcePolicy',
                    policyDocument: parsePolicy(p.policyDocument),
                    policyScope: p.policyScope,
                    resourceArn: p.resourceArn,
                });
            nextToken = page.nextToken;
        } while (nextToken);
        return out;
    },
});
export const syntheticsCanaries = defineCollector({
    id: 'synthetics.canaries',
    scope: 'regional',
    iamActions: ['synthetics:DescribeCanaries', 'synthetics:DescribeRuntimeVersions'],
    produces: ['AWS::Synthetics::Canary'],
    async collect(ctx) {
        const { SyntheticsClient, paginateDescribeCanaries, paginateDescribeRuntimeVersions } = await synSdk();
        // The pinned client-synthetics release is built on older @smithy/types than the other clients,
        // so its constructor does not match the factory's signature; at run time it is the same kind of client.
        const client = ctx.clients.get(SyntheticsClient, ctx.region);
        const canaries = [];
        for await (const page of paginateDescribeCanaries({ client, pageSize: 20 }, {}))
            canaries.push(...(page.Canaries ?? []));
        if (!canaries.length)
            return [];
        let runtimes;
        try {
            const m = new Map();
            for await (const page of paginateDescribeRuntimeVersions({ client, pageSize: 100 }, {}))
                for (const r of page.RuntimeVersions ?? [])
                    if (r.VersionName)
                        m.set(r.VersionName, { deprecationDate: iso(r.DeprecationDate), releaseDate: iso(r.ReleaseDate) });
            runtimes = m;
        }
        catch (e) {
            runtimes = { error: classifyAwsError(e).message };
        }
        const runtimeSupport = (version) => {
            if (!(runtimes instanceof Map))
                return failed(runtimes.error);
            return ok(version ? (runtimes.get(version) ?? null) : null);
        };
        return canaries.map((c) => {
            const name = c.Name;
            const s3 = c.ArtifactConfig?.S3Encryption;
            return {
                ...base(ctx, name, `arn:aws:synthetics:${ctx.region}:${ctx.account}:canary:${name}`, name, c.Tags ?? {}),
                type: 'AWS::Synthetics::Canary',
                state: c.Status?.State,
                runtimeVersion: c.RuntimeVersion,
                runtimeSupport: runtimeSupport(c.RuntimeVersion),
                executionRoleArn: c.ExecutionRoleArn,
                artifactS3Location: c.ArtifactS3Location,
                artifactEncryption: s3 ? { encryptionMode: s3.EncryptionMode, kmsKeyArn: s3.KmsKeyArn } : undefined,
                vpcConfig: c.VpcConfig?.VpcId || c.VpcConfig?.SubnetIds?.length
                    ? { vpcId: c.VpcConfig.VpcId, subnetIds: c.VpcConfig.SubnetIds ?? [], securityGroupIds: c.VpcConfig.SecurityGroupIds ?? [] }
                    : undefined,
                runConfig: c.RunConfig
                    ? { timeoutInSeconds: c.RunConfig.TimeoutInSeconds, memoryInMB: c.RunConfig.MemoryInMB, activeTracing: c.RunConfig.ActiveTracing }
                    : undefined,
                // DescribeCanaries returns no environment variables (RunConfig output carries none), so they stay unknown.
                codeHandler: c.Code?.Handler,
                codeSourceLocationArn: c.Code?.SourceLocationArn,
                engineArn: c.EngineArn,
            };
        });
    },
});
/** CloudWatch alarms, CloudWatch Logs, Synthetics canaries. */
export const monitoringCollectors = [cloudwatchAlarms, logsLogGroups, logsMetricFilters, logsResourcePolicies, syntheticsCanaries];
