import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';
/** The data identifiers a data protection policy watches, e.g. "EmailAddress". */
function dataIdentifiers(doc) {
    const statements = doc?.Statement;
    const out = new Set();
    for (const s of Array.isArray(statements) ? statements : []) {
        const ids = s?.DataIdentifier;
        for (const id of Array.isArray(ids) ? ids : [])
            out.add(String(id).split('/').pop());
    }
    return [...out];
}
export default defineRule({
    id: 'logs_log_group_data_protection_policy_enabled',
    title: 'Log group masks sensitive data with a data protection policy',
    service: 'logs',
    topic: 'data-protection',
    severity: 'low',
    resourceType: 'AWS::Logs::LogGroup',
    requires: ['logs.logGroups'],
    description: 'Each log group has a data protection policy in force, its own or the account-level one it inherits (inheritedProperties ACCOUNT_DATA_PROTECTION). Such a policy audits and masks sensitive data (credentials, personal and financial identifiers) as events are ingested. Low severity: a log group without one is not exposed by itself; it matters where applications may write sensitive data.',
    risk: 'Applications log more than intended: tokens in URLs, e-mail addresses, card numbers. Without masking, anyone who may read the log group reads them too, and they stay for the whole retention period.',
    remediation: {
        text: 'In the CloudWatch console, open Log groups, select the log group, choose Actions > Create data protection policy, choose the managed data identifiers to audit and mask, and activate it; or set one account-wide under Settings > Logs > Data protection.',
        cli: 'aws logs put-data-protection-policy --log-group-identifier <log-group> --policy-document file://data-protection-policy.json',
        terraform: 'resource "aws_cloudwatch_log_data_protection_policy" "x" { log_group_name = "<log-group>" policy_document = jsonencode({ Name = "mask", Version = "2021-06-01", Statement = [ /* Audit and Deidentify statements */ ] }) }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data-start.html'],
    evaluate({ inventory }) {
        return each(inventory.all('AWS::Logs::LogGroup'), (g) => {
            const ref = resourceRef(g);
            if (g.inheritedProperties?.includes('ACCOUNT_DATA_PROTECTION'))
                return pass(ref, `Log group ${named(g)} inherits the account-level data protection policy.`, { inheritedProperties: g.inheritedProperties });
            const p = g.dataProtectionPolicy;
            if (!p.ok)
                return error(ref, `Could not read the data protection policy of log group ${named(g)}: ${p.error}`);
            if (p.value === null)
                return fail(ref, `Log group ${named(g)} has no data protection policy${g.dataProtectionStatus ? ` (status ${g.dataProtectionStatus})` : ''}, so sensitive data in its events is not masked.`);
            const ids = dataIdentifiers(p.value);
            return pass(ref, `Log group ${named(g)} has a data protection policy${ids.length ? ` for ${ids.join(', ')}` : ''}.`, { dataIdentifiers: ids });
        });
    },
});
