import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';

export default defineRule({
  id: 'logs_log_group_retention_at_least_min_days',
  title: 'Log group keeps its events for at least the required period',
  service: 'logs',
  topic: 'logging-and-monitoring',
  severity: 'medium',
  resourceType: 'AWS::Logs::LogGroup',
  requires: ['logs.logGroups'],
  params: z.object({ minRetentionDays: z.number().int().positive().default(365) }).default({ minRetentionDays: 365 }),
  description:
    'Each log group keeps events for at least minRetentionDays (default 365, as Security Hub CloudWatch.16 asks); "never expire" passes. Log groups of the Delivery class are left out: CloudWatch Logs keeps their events one day by design and hands them to S3 or Firehose, where retention is set.',
  risk: 'Investigations routinely reach back months; events deleted after a short retention cannot be recovered, and many standards require a year of logs.',
  remediation: {
    text: 'In the CloudWatch console, open Log groups, select the log group, choose Actions > Edit retention setting, and pick a period of at least the required days (or Never expire).',
    cli: 'aws logs put-retention-policy --log-group-name <log-group> --retention-in-days 365',
    terraform: 'resource "aws_cloudwatch_log_group" "x" { retention_in_days = 365 }',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
  },
  references: ['AWS FSBP CloudWatch.16', 'https://docs.aws.amazon.com/config/latest/developerguide/cw-loggroup-retention-period-check.html'],
  evaluate({ inventory, params }) {
    const min = params.minRetentionDays;
    return each(inventory.all('AWS::Logs::LogGroup').filter((g) => g.logGroupClass?.toUpperCase() !== 'DELIVERY'), (g) => {
      if (g.retentionInDays === undefined) return pass(resourceRef(g), `Log group ${named(g)} never expires its events.`, { retentionInDays: 'never expire' });
      return g.retentionInDays >= min
        ? pass(resourceRef(g), `Log group ${named(g)} keeps events for ${g.retentionInDays} days (at least ${min}).`, { retentionInDays: g.retentionInDays })
        : fail(resourceRef(g), `Log group ${named(g)} keeps events for only ${g.retentionInDays} days; at least ${min} are required.`, { retentionInDays: g.retentionInDays, minRetentionDays: min });
    });
  },
});
