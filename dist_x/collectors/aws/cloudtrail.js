import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit } from '../util.js';
const sdk = () => import('@aws-sdk/client-cloudtrail');
const cloudtrail = async (ctx) => ctx.clients.get((await sdk()).CloudTrailClient, ctx.region);
/**
 * Does a trail record every management event, read and write? Basic selectors: one that includes
 * management events (default true) with ReadWriteType All (default) and no excluded event
 * sources. Advanced selectors: one that selects eventCategory = Management and filters neither
 * on readOnly nor on eventSource.
 */
export function recordsAllManagementEvents(res) {
    const basic = (res.EventSelectors ?? []).some((s) => s.IncludeManagementEvents !== false && (s.ReadWriteType ?? 'All') === 'All' && !(s.ExcludeManagementEventSources ?? []).length);
    const advanced = (res.AdvancedEventSelectors ?? []).some((sel) => {
        const fields = sel.FieldSelectors ?? [];
        const category = fields.find((f) => f.Field === 'eventCategory');
        return (!!category &&
            (category.Equals ?? []).includes('Management') &&
            !fields.some((f) => f.Field === 'readOnly' || f.Field === 'eventSource'));
    });
    return basic || advanced;
}
export const cloudtrailTrails = defineCollector({
    id: 'cloudtrail.trails',
    scope: 'regional',
    iamActions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
    produces: ['AWS::CloudTrail::Trail'],
    async collect(ctx) {
        const { DescribeTrailsCommand, GetTrailStatusCommand, GetEventSelectorsCommand } = await sdk();
        const client = await cloudtrail(ctx);
        // Shadow copies are asked for so that organization trails show up in member accounts; each
        // trail is then kept only in its home region, so it is recorded once.
        const res = await client.send(new DescribeTrailsCommand({ includeShadowTrails: true }));
        const mine = (res.trailList ?? []).filter((t) => (t.HomeRegion ?? ctx.region) === ctx.region);
        return mapLimit(mine, 4, async (t) => {
            const ref = t.TrailARN ?? t.Name;
            return {
                id: t.Name,
                arn: t.TrailARN,
                name: t.Name,
                account: ctx.account,
                region: ctx.region,
                tags: {},
                type: 'AWS::CloudTrail::Trail',
                homeRegion: t.HomeRegion ?? ctx.region,
                isMultiRegionTrail: t.IsMultiRegionTrail ?? false,
                isOrganizationTrail: t.IsOrganizationTrail ?? false,
                s3BucketName: t.S3BucketName,
                kmsKeyId: t.KmsKeyId,
                logFileValidationEnabled: t.LogFileValidationEnabled ?? false,
                cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn,
                snsTopicArn: t.SnsTopicARN,
                status: await detail(async () => {
                    const s = await client.send(new GetTrailStatusCommand({ Name: ref }));
                    return { isLogging: s.IsLogging ?? false, latestDeliveryError: s.LatestDeliveryError || undefined };
                }),
                managementEventsAll: await detail(async () => recordsAllManagementEvents(await client.send(new GetEventSelectorsCommand({ TrailName: ref })))),
            };
        });
    },
});
export const cloudtrailCollectors = [cloudtrailTrails];
