import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
/** "arn:aws:logs:region:account:log-group:name(:*)" → "region/account/name". */
const groupKey = (arn) => {
    const m = arn ? /^arn:[^:]+:logs:([^:]+):(\d+):log-group:(.+?)(?::\*)?$/.exec(arn) : null;
    return m ? `${m[1]}/${m[2]}/${m[3]}` : undefined;
};
export default defineRule({
    id: 'logs_cloudtrail_log_group_retention_at_least_min_days',
    title: 'Log group that receives CloudTrail events keeps them for at least the audit period',
    service: 'logs',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::Logs::LogGroup',
    requires: ['logs.logGroups', 'cloudtrail.trails'],
    params: z.object({ minRetentionDays: z.number().int().positive().default(365) }).default({ minRetentionDays: 365 }),
    description: 'Each log group that a CloudTrail trail of the account delivers to keeps events for at least `minRetentionDays` (default 365); "never expire" passes. Kept apart from logs_log_group_retention_at_least_min_days so that application log groups can use a shorter period while the API audit trail that the CIS metric-filter alarms read keeps a full year.',
    risk: 'The CloudTrail log group is where investigators query API activity and where the CIS alarms are computed; events expired after a short retention cannot be searched when an intrusion is found months later.',
    remediation: {
        text: 'In the CloudWatch console open Log groups, select the trail\'s log group, choose Actions > Edit retention setting, and choose at least 1 year (or Never expire).',
        cli: 'aws logs put-retention-policy --log-group-name <cloudtrail-log-group> --retention-in-days 365',
        terraform: 'resource "aws_cloudwatch_log_group" "cloudtrail" { name = "<cloudtrail-log-group>" retention_in_days = 365 }',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
    evaluate({ inventory, params }) {
        const trails = inventory.accountWide('AWS::CloudTrail::Trail').filter((t) => t.cloudWatchLogsLogGroupArn);
        const min = params.minRetentionDays;
        return inventory.all('AWS::Logs::LogGroup').flatMap((g) => {
            const key = `${g.region}/${g.account}/${g.name}`;
            const feeding = trails.filter((t) => groupKey(t.cloudWatchLogsLogGroupArn) === key);
            if (!feeding.length)
                return [];
            const names = [...new Set(feeding.map((t) => t.name ?? t.id))].join(', ');
            if (g.retentionInDays === undefined)
                return [pass(resourceRef(g), `Log group ${named(g)} (CloudTrail trail ${names}) never expires its events.`, { retentionInDays: 'never expire' })];
            return g.retentionInDays >= min
                ? [pass(resourceRef(g), `Log group ${named(g)} (CloudTrail trail ${names}) keeps events for ${g.retentionInDays} days, at least ${min}.`, { retentionInDays: g.retentionInDays })]
                : [fail(resourceRef(g), `Log group ${named(g)} receives CloudTrail trail ${names} but keeps events for only ${g.retentionInDays} days; at least ${min} are required.`, { retentionInDays: g.retentionInDays, minRetentionDays: min })];
        });
    },
});
