import { z } from 'zod';
import { defineRule, fail, pass, scopeRef } from '../../engine/defineRule.js';
import { isCustomerRecorder } from '../lib/configRecorders.js';
/** What AWS Config keeps when no retention configuration exists. */
const DEFAULT_DAYS = 2557;
export default defineRule({
    id: 'config_retention_period_at_least_min_days',
    title: 'AWS Config keeps configuration history for at least the minimum period',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::Region',
    requires: ['config.recorders', 'config.retention'],
    params: z.object({ minDays: z.number().int().min(30).max(DEFAULT_DAYS).default(365) }).default({ minDays: 365 }),
    description: 'In each Region with a customer-managed recorder, AWS Config keeps configuration items for at least `minDays` (default 365). With no retention configuration AWS Config keeps them for 7 years (2557 days), which passes; only a configured period shorter than the minimum fails.',
    risk: 'Incidents are often found months after they start; a short retention period deletes the configuration history needed to reconstruct what changed.',
    remediation: {
        text: 'In the AWS Config console of the Region open Settings > Edit > Data retention period, choose a period of at least the required length (or the 7-year default), and save.',
        cli: 'aws configservice put-retention-configuration --retention-period-in-days <days> --region <region>',
        terraform: 'resource "aws_config_retention_configuration" "this" { retention_period_in_days = 2557 }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/delete-config-data-with-retention-period.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_PutRetentionConfiguration.html'],
    evaluate({ inventory, account, region, params }) {
        if (!inventory.all('AWS::Config::ConfigurationRecorder').some(isCustomerRecorder))
            return [];
        const ref = scopeRef(account, region, 'AWS::Region');
        const rc = inventory.all('AWS::Config::RetentionConfiguration')[0];
        const days = rc?.retentionPeriodInDays ?? DEFAULT_DAYS;
        const source = rc ? `retention configuration ${rc.name}` : 'the default (no retention configuration)';
        return days >= params.minDays
            ? [pass(ref, `AWS Config in ${region} keeps configuration history for ${days} days (${source}), at least ${params.minDays}.`, { retentionPeriodInDays: days })]
            : [fail(ref, `AWS Config in ${region} keeps configuration history for only ${days} days (${source}); the minimum is ${params.minDays}.`, { retentionPeriodInDays: days, minDays: params.minDays })];
    },
});
