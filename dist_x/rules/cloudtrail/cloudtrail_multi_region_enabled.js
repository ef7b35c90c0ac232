import { defineRule, error, fail, pass, scopeRef } from '../../engine/defineRule.js';
/** Why a multi-region trail does not count, or undefined when it does; `unknown` when it could not be read. */
function shortfall(t) {
    if (!t.status.ok || t.status.value === null)
        return { unknown: true, why: `status unreadable${t.status.ok ? '' : ` (${t.status.error})`}` };
    if (!t.managementEventsAll.ok || t.managementEventsAll.value === null)
        return { unknown: true, why: `event selectors unreadable${t.managementEventsAll.ok ? '' : ` (${t.managementEventsAll.error})`}` };
    if (!t.status.value.isLogging)
        return { unknown: false, why: 'not logging' };
    if (!t.managementEventsAll.value)
        return { unknown: false, why: 'does not record all read and write management events' };
    return undefined;
}
export default defineRule({
    id: 'cloudtrail_multi_region_enabled',
    title: 'A multi-region trail that is logging records all management events',
    service: 'cloudtrail',
    topic: 'logging-and-monitoring',
    severity: 'high',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['cloudtrail.trails'],
    description: 'The account has at least one multi-region trail (its own or an organization trail) that is logging and whose event selectors record every management event, read and write, with no excluded event sources.',
    risk: 'Without it, API activity in some regions or of some kinds is not recorded: changes to CloudWatch, Config, VPC and IAM go unseen, and an incident cannot be reconstructed.',
    remediation: {
        text: 'In the CloudTrail console, choose Trails > Create trail (or edit a trail), apply it to all regions, keep Management events with API activity Read and Write, and make sure logging is on.',
        cli: 'aws cloudtrail create-trail --name <trail> --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name <trail>',
        terraform: 'resource "aws_cloudtrail" "main" { name = "main" s3_bucket_name = "<bucket>" is_multi_region_trail = true include_global_service_events = true }',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    },
    references: ['CIS AWS Foundations 3.1 (v3.0)', 'AWS FSBP CloudTrail.1'],
    evaluate({ inventory, account }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const multi = inventory.all('AWS::CloudTrail::Trail').filter((t) => t.isMultiRegionTrail);
        const good = multi.find((t) => !shortfall(t));
        if (good)
            return [pass(ref, `Multi-region trail ${good.name ?? good.id} (${good.homeRegion}) is logging all management events.`, { trail: good.arn ?? good.id })];
        const judged = multi.map((t) => ({ trail: t.arn ?? t.id, ...shortfall(t) }));
        const unknown = judged.filter((j) => j.unknown);
        if (unknown.length)
            return [error(ref, `No multi-region trail is known to log all management events, and ${unknown.map((j) => `${j.trail}: ${j.why}`).join('; ')}.`, { trails: judged })];
        return [
            fail(ref, multi.length
                ? `No multi-region trail logs all management events: ${judged.map((j) => `${j.trail} ${j.why}`).join('; ')}.`
                : `Account ${account} has no multi-region trail in the scanned regions.`, { trails: judged }),
        ];
    },
});
