import { failed, ok } from '../../inventory/base.js';
import { MEMBER_COUNT_LIMIT } from '../../inventory/resources/resourceGroups.js';
import { classifyAwsError } from '../../aws/errors.js';
import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit, tagMap } from '../util.js';
const cfgSdk = () => import('@aws-sdk/client-config-service');
const rgSdk = () => import('@aws-sdk/client-resource-groups');
const taggingSdk = () => import('@aws-sdk/client-resource-groups-tagging-api');
const configClient = async (ctx) => ctx.clients.get((await cfgSdk()).ConfigServiceClient, ctx.region);
const where = (ctx) => ({ account: ctx.account, region: ctx.region, tags: {} });
const configArn = (ctx, kind, name) => `arn:aws:config:${ctx.region}:${ctx.account}:${kind}/${name}`;
/** One account-wide call whose answer is split per resource: if it fails, every resource carries the failure. */
async function batch(call) {
    try {
        return ok(await call());
    }
    catch (e) {
        return failed(classifyAwsError(e).message);
    }
}
function pick(all, key, map, missing) {
    if (!all.ok)
        return all;
    const v = all.value?.get(key);
    return v === undefined ? failed(missing) : ok(map(v));
}
export const configRecorders = defineCollector({
    id: 'config.recorders',
    scope: 'regional',
    iamActions: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus'],
    produces: ['AWS::Config::ConfigurationRecorder'],
    async collect(ctx) {
        const { DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } = await cfgSdk();
        const client = await configClient(ctx);
        const recorders = (await client.send(new DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders ?? [];
        if (!recorders.length)
            return [];
        // One status call answers for every recorder of the region.
        const statuses = await batch(async () => {
            const res = await client.send(new DescribeConfigurationRecorderStatusCommand({}));
            return new Map((res.ConfigurationRecordersStatus ?? []).map((s) => [s.name ?? '', s]));
        });
        return recorders.map((r) => {
            const name = r.name ?? 'default';
            const g = r.recordingGroup;
            return {
                ...where(ctx),
                id: r.arn ?? configArn(ctx, 'configuration-recorder', name),
                arn: r.arn,
                name,
                type: 'AWS::Config::ConfigurationRecorder',
                roleArn: r.roleARN,
                servicePrincipal: r.servicePrincipal,
                recordingGroup: {
                    allSupported: g?.allSupported ?? g?.recordingStrategy?.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES',
                    includeGlobalResourceTypes: g?.includeGlobalResourceTypes ?? false,
                    resourceTypes: (g?.resourceTypes ?? []).map(String),
                    exclusionResourceTypes: (g?.exclusionByResourceTypes?.resourceTypes ?? []).map(String),
                    recordingStrategy: g?.recordingStrategy?.useOnly,
                },
                recordingMode: r.recordingMode?.recordingFrequency
                    ? {
                        recordingFrequency: String(r.recordingMode.recordingFrequency),
                        overrides: (r.recordingMode.recordingModeOverrides ?? []).map((o) => ({
                            recordingFrequency: String(o.recordingFrequency ?? ''),
                            resourceTypes: (o.resourceTypes ?? []).map(String),
                        })),
                    }
                    : undefined,
                status: pick(statuses, name, (s) => ({
                    recording: s.recording ?? false,
                    lastStatus: s.lastStatus,
                    lastErrorCode: s.lastErrorCode,
                    lastErrorMessage: s.lastErrorMessage,
                }), `AWS Config returned no status for recorder ${name}`),
            };
        });
    },
});
export const configDeliveryChannels = defineCollector({
    id: 'config.deliveryChannels',
    scope: 'regional',
    iamActions: ['config:DescribeDeliveryChannels', 'config:DescribeDeliveryChannelStatus'],
    produces: ['AWS::Config::DeliveryChannel'],
    async collect(ctx) {
        const { DescribeDeliveryChannelsCommand, DescribeDeliveryChannelStatusCommand } = await cfgSdk();
        const client = await configClient(ctx);
        const channels = (await client.send(new DescribeDeliveryChannelsCommand({}))).DeliveryChannels ?? [];
        if (!channels.length)
            return [];
        const statuses = await batch(async () => {
            const res = await client.send(new DescribeDeliveryChannelStatusCommand({}));
            return new Map((res.DeliveryChannelsStatus ?? []).map((s) => [s.name ?? '', s]));
        });
        return channels.map((c) => {
            const name = c.name ?? 'default';
            return {
                ...where(ctx),
                id: configArn(ctx, 'delivery-channel', name),
                name,
                type: 'AWS::Config::DeliveryChannel',
                s3BucketName: c.s3BucketName,
                s3KeyPrefix: c.s3KeyPrefix,
                s3KmsKeyArn: c.s3KmsKeyArn,
                snsTopicArn: c.snsTopicARN,
                deliveryFrequency: c.configSnapshotDeliveryProperties?.deliveryFrequency,
                status: pick(statuses, name, (s) => ({
                    configHistoryLastStatus: s.configHistoryDeliveryInfo?.lastStatus,
                    configSnapshotLastStatus: s.configSnapshotDeliveryInfo?.lastStatus,
                    configStreamLastStatus: s.configStreamDeliveryInfo?.lastStatus,
                    lastErrorMessage: s.configHistoryDeliveryInfo?.lastErrorMessage ?? s.configSnapshotDeliveryInfo?.lastErrorMessage ?? s.configStreamDeliveryInfo?.lastErrorMessage,
                }), `AWS Config returned no status for delivery channel ${name}`),
            };
        });
    },
});
export const configRules = defineCollector({
    id: 'config.rules',
    scope: 'regional',
    iamActions: ['config:DescribeConfigRules', 'config:DescribeComplianceByConfigRule'],
    produces: ['AWS::Config::ConfigRule'],
    async collect(ctx) {
        const { paginateDescribeConfigRules, paginateDescribeComplianceByConfigRule } = await cfgSdk();
        const client = await configClient(ctx);
        const rules = [];
        for await (const page of paginateDescribeConfigRules({ client }, {}))
            rules.push(...(page.ConfigRules ?? []));
        if (!rules.length)
            return [];
        // Unfiltered, the compliance call pages through every rule of the region at once.
        const compliance = await batch(async () => {
            const out = new Map();
            for await (const page of paginateDescribeComplianceByConfigRule({ client }, {}))
                for (const c of page.ComplianceByConfigRules ?? [])
                    if (c.ConfigRuleName && c.Compliance?.ComplianceType)
                        out.set(c.ConfigRuleName, c.Compliance.ComplianceType);
            return out;
        });
        return rules.map((r) => {
            const name = r.ConfigRuleName ?? r.ConfigRuleId ?? 'unknown';
            return {
                ...where(ctx),
                id: r.ConfigRuleArn ?? configArn(ctx, 'config-rule', name),
                arn: r.ConfigRuleArn,
                name,
                type: 'AWS::Config::ConfigRule',
                state: r.ConfigRuleState,
                sourceOwner: r.Source?.Owner,
                sourceIdentifier: r.Source?.SourceIdentifier,
                createdBy: r.CreatedBy,
                compliance: compliance.ok ? ok(compliance.value?.get(name) ?? null) : compliance,
            };
        });
    },
});
export const configAggregators = defineCollector({
    id: 'config.aggregators',
    scope: 'regional',
    iamActions: ['config:DescribeConfigurationAggregators', 'config:DescribeAggregationAuthorizations'],
    produces: ['AWS::Config::ConfigurationAggregator', 'AWS::Config::AggregationAuthorization'],
    async collect(ctx) {
        const { paginateDescribeConfigurationAggregators, paginateDescribeAggregationAuthorizations } = await cfgSdk();
        const client = await configClient(ctx);
        const out = [];
        // Both halves of aggregation: the aggregators this account runs, and the accounts it lets aggregate it.
        // A failed authorization listing fails the unit, so no rule mistakes "unreadable" for "none".
        for await (const page of paginateDescribeAggregationAuthorizations({ client, pageSize: 100 }, {}))
            for (const a of page.AggregationAuthorizations ?? []) {
                const accountId = a.AuthorizedAccountId ?? 'unknown';
                const region = a.AuthorizedAwsRegion ?? 'unknown';
                out.push({
                    ...where(ctx),
                    id: a.AggregationAuthorizationArn ?? configArn(ctx, 'aggregation-authorization', `${accountId}/${region}`),
                    arn: a.AggregationAuthorizationArn,
                    name: `${accountId}/${region}`,
                    type: 'AWS::Config::AggregationAuthorization',
                    authorizedAccountId: accountId,
                    authorizedAwsRegion: region,
                });
            }
        for await (const page of paginateDescribeConfigurationAggregators({ client, pageSize: 100 }, {}))
            for (const a of page.ConfigurationAggregators ?? []) {
                const name = a.ConfigurationAggregatorName ?? 'unknown';
                const org = a.OrganizationAggregationSource;
                out.push({
                    ...where(ctx),
                    id: a.ConfigurationAggregatorArn ?? configArn(ctx, 'config-aggregator', name),
                    arn: a.ConfigurationAggregatorArn,
                    name,
                    type: 'AWS::Config::ConfigurationAggregator',
                    accountSources: (a.AccountAggregationSources ?? []).map((s) => ({
                        accountIds: s.AccountIds ?? [],
                        allAwsRegions: s.AllAwsRegions ?? false,
                        awsRegions: s.AwsRegions ?? [],
                    })),
                    organizationSource: org ? { allAwsRegions: org.AllAwsRegions ?? false, awsRegions: org.AwsRegions ?? [], roleArn: org.RoleArn } : undefined,
                });
            }
        return out;
    },
});
export const configConformancePacks = defineCollector({
    id: 'config.conformancePacks',
    scope: 'regional',
    iamActions: ['config:DescribeConformancePacks', 'config:GetConformancePackComplianceSummary'],
    produces: ['AWS::Config::ConformancePack'],
    async collect(ctx) {
        const { paginateDescribeConformancePacks, paginateGetConformancePackComplianceSummary } = await cfgSdk();
        const client = await configClient(ctx);
        const packs = [];
        for await (const page of paginateDescribeConformancePacks({ client, pageSize: 20 }, {}))
            packs.push(...(page.ConformancePackDetails ?? []));
        const names = packs.map((p) => p.ConformancePackName).filter(Boolean);
        // The summary API takes at most five pack names per request.
        const chunks = Array.from({ length: Math.ceil(names.length / 5) }, (_, i) => names.slice(i * 5, i * 5 + 5));
        const summaries = new Map();
        await mapLimit(chunks, 2, async (chunk) => {
            const got = await batch(async () => {
                const m = new Map();
                for await (const page of paginateGetConformancePackComplianceSummary({ client }, { ConformancePackNames: chunk }))
                    for (const s of page.ConformancePackComplianceSummaryList ?? [])
                        if (s.ConformancePackName)
                            m.set(s.ConformancePackName, String(s.ConformancePackComplianceStatus));
                return m;
            });
            for (const n of chunk)
                summaries.set(n, got.ok ? ok(got.value?.get(n) ?? null) : got);
        });
        return packs.map((p) => {
            const name = p.ConformancePackName ?? p.ConformancePackId ?? 'unknown';
            return {
                ...where(ctx),
                id: p.ConformancePackArn ?? configArn(ctx, 'conformance-pack', name),
                arn: p.ConformancePackArn,
                name,
                type: 'AWS::Config::ConformancePack',
                createdBy: p.CreatedBy,
                compliance: summaries.get(name) ?? ok(null),
            };
        });
    },
});
export const configRetention = defineCollector({
    id: 'config.retention',
    scope: 'regional',
    iamActions: ['config:DescribeRetentionConfigurations'],
    produces: ['AWS::Config::RetentionConfiguration'],
    async collect(ctx) {
        const { paginateDescribeRetentionConfigurations } = await cfgSdk();
        const out = [];
        for await (const page of paginateDescribeRetentionConfigurations({ client: await configClient(ctx) }, {}))
            for (const r of page.RetentionConfigurations ?? [])
                out.push({
                    ...where(ctx),
                    id: configArn(ctx, 'retention-configuration', r.Name ?? 'default'),
                    name: r.Name ?? 'default',
                    type: 'AWS::Config::RetentionConfiguration',
                    retentionPeriodInDays: r.RetentionPeriodInDays ?? 2557,
                });
        return out;
    },
});
export const resourceGroupsGroups = defineCollector({
    id: 'resourceGroups.groups',
    scope: 'regional',
    iamActions: ['resource-groups:ListGroups', 'resource-groups:GetGroupQuery', 'resource-groups:GetTags', 'resource-groups:ListGroupResources'],
    produces: ['AWS::ResourceGroups::Group'],
    async collect(ctx) {
        const { ResourceGroupsClient, paginateListGroups, paginateListGroupResources, GetGroupQueryCommand, GetTagsCommand } = await rgSdk();
        const client = ctx.clients.get(ResourceGroupsClient, ctx.region);
        const groups = new Map();
        for await (const page of paginateListGroups({ client, pageSize: 50 }, {})) {
            for (const g of page.GroupIdentifiers ?? [])
                if (g.GroupName)
                    groups.set(g.GroupArn ?? g.GroupName, { name: g.GroupName, arn: g.GroupArn, description: g.Description });
            // Older answers carry the description only in the deprecated `Groups` list.
            for (const g of page.Groups ?? []) {
                const known = groups.get(g.GroupArn ?? g.Name ?? '');
                if (known && known.description === undefined)
                    known.description = g.Description;
                else if (!known && g.Name)
                    groups.set(g.GroupArn ?? g.Name, { name: g.Name, arn: g.GroupArn, description: g.Description });
            }
        }
        return mapLimit([...groups.values()], 4, async (g) => {
            const ref = g.arn ?? g.name;
            const query = await detail(async () => {
                const q = (await client.send(new GetGroupQueryCommand({ Group: ref }))).GroupQuery?.ResourceQuery;
                return q ? { type: String(q.Type ?? ''), query: q.Query ?? '' } : null;
            });
            const tagsRead = g.arn
                ? await detail(async () => (await client.send(new GetTagsCommand({ Arn: g.arn }))).Tags ?? {})
                : failed('the group has no ARN to read tags by');
            const memberCount = await detail(async () => {
                let n = 0;
                for await (const page of paginateListGroupResources({ client, pageSize: 50 }, { Group: ref })) {
                    n += (page.Resources ?? page.ResourceIdentifiers ?? []).length;
                    if (n >= MEMBER_COUNT_LIMIT)
                        return MEMBER_COUNT_LIMIT;
                }
                return n;
            });
            return {
                ...where(ctx),
                // moto answers with ARNs in another region; the group still lives where it was listed.
                id: g.arn ?? `arn:aws:resource-groups:${ctx.region}:${ctx.account}:group/${g.name}`,
                arn: g.arn,
                name: g.name,
                tags: tagsRead.ok ? (tagsRead.value ?? {}) : {},
                type: 'AWS::ResourceGroups::Group',
                description: g.description,
                query,
                tagsRead,
                memberCount,
            };
        });
    },
});
/** ARNs whose resource part has no type prefix (arn:aws:s3:::bucket, arn:aws:sns:r:a:topic). */
const UNTYPED = { s3: 'bucket', sns: 'topic', sqs: 'queue' };
/** `service:type` and a display name from an ARN. */
export function describeArn(arn) {
    const parts = arn.split(':');
    const service = parts[2] ?? 'unknown';
    const rest = parts.slice(5).join(':');
    const m = /^([^/:]+)([/:])(.+)$/.exec(rest);
    // "type:name" keeps the whole name (log-group:/aws/lambda/x); "type/parent/name" keeps the last part.
    if (m && !UNTYPED[service])
        return { resourceType: `${service}:${m[1]}`, name: m[2] === ':' ? m[3] : m[3].split('/').pop() || m[3] };
    return { resourceType: UNTYPED[service] ? `${service}:${UNTYPED[service]}` : service, name: rest || arn };
}
export const taggingResources = defineCollector({
    id: 'tagging.resources',
    scope: 'regional',
    iamActions: ['tag:GetResources'],
    produces: ['AWS::ResourceGroupsTaggingAPI::TaggedResource'],
    async collect(ctx) {
        const { ResourceGroupsTaggingAPIClient, paginateGetResources } = await taggingSdk();
        const client = ctx.clients.get(ResourceGroupsTaggingAPIClient, ctx.region);
        const out = [];
        for await (const page of paginateGetResources({ client, pageSize: 100 }, {}))
            for (const m of page.ResourceTagMappingList ?? []) {
                if (!m.ResourceARN)
                    continue;
                const { resourceType, name } = describeArn(m.ResourceARN);
                out.push({
                    ...where(ctx),
                    id: m.ResourceARN,
                    arn: m.ResourceARN,
                    name,
                    tags: tagMap(m.Tags),
                    type: 'AWS::ResourceGroupsTaggingAPI::TaggedResource',
                    resourceType,
                });
            }
        return out;
    },
});
/** AWS Config, Resource Groups and the tagging API. */
export const configCollectors = [
    configRecorders,
    configDeliveryChannels,
    configRules,
    configAggregators,
    configConformancePacks,
    configRetention,
    resourceGroupsGroups,
    taggingResources,
];
