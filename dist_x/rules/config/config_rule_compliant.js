import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_rule_compliant',
    title: 'AWS Config rule reports no non-compliant resources',
    service: 'config',
    topic: 'compliance-validation',
    severity: 'low',
    resourceType: 'AWS::Config::ConfigRule',
    requires: ['config.rules'],
    description: 'Each active AWS Config rule (including rules created by conformance packs and Security Hub) is COMPLIANT or NOT_APPLICABLE. INSUFFICIENT_DATA or no result is an error: the rule has not evaluated. Rules being created, evaluated or deleted are skipped.',
    risk: 'A non-compliant rule is a control the account itself declared and is currently breaking.',
    remediation: {
        text: 'In the AWS Config console open Rules, select the rule, and fix (or remediate with the rule\'s remediation action) each resource listed as Noncompliant.',
        cli: 'aws configservice get-compliance-details-by-config-rule --config-rule-name <name> --compliance-types NON_COMPLIANT --region <region>',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluating-your-resources.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeComplianceByConfigRule.html'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::Config::ConfigRule')
            .filter((r) => !r.state || r.state === 'ACTIVE')
            .map((r) => {
            if (!r.compliance.ok)
                return error(resourceRef(r), `Could not read the compliance of Config rule ${r.name} in ${r.region}: ${r.compliance.error}`);
            const c = r.compliance.value;
            if (c === 'COMPLIANT' || c === 'NOT_APPLICABLE')
                return pass(resourceRef(r), `Config rule ${r.name} in ${r.region} is ${c}.`);
            if (c === 'NON_COMPLIANT')
                return fail(resourceRef(r), `Config rule ${r.name} in ${r.region} reports non-compliant resources.`, { compliance: c, createdBy: r.createdBy });
            return error(resourceRef(r), `AWS Config has ${c ?? 'no'} compliance data for rule ${r.name} in ${r.region}.`, { compliance: c });
        });
    },
});
