import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_conformance_pack_compliant',
    title: 'AWS Config conformance pack is compliant',
    service: 'config',
    topic: 'compliance-validation',
    severity: 'low',
    resourceType: 'AWS::Config::ConformancePack',
    requires: ['config.conformancePacks'],
    description: 'AWS Config reports each conformance pack as COMPLIANT. INSUFFICIENT_DATA (rules not yet evaluated, or the recorder off) is an error: the pack\'s state is unknown.',
    risk: 'A non-compliant pack means resources break the baseline the account committed to; the pack\'s rules name them.',
    remediation: {
        text: 'In the AWS Config console open Conformance packs, select the pack, and fix (or remediate through the pack\'s remediation actions) each resource its non-compliant rules list.',
        cli: 'aws configservice get-conformance-pack-compliance-details --conformance-pack-name <name> --filters ComplianceType=NON_COMPLIANT --region <region>',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/conformance-pack-dashboard.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_GetConformancePackComplianceSummary.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::Config::ConformancePack').map((p) => {
            if (!p.compliance.ok)
                return error(resourceRef(p), `Could not read the compliance of conformance pack ${p.name} in ${p.region}: ${p.compliance.error}`);
            const c = p.compliance.value;
            if (c === 'COMPLIANT')
                return pass(resourceRef(p), `Conformance pack ${p.name} in ${p.region} is COMPLIANT.`);
            if (c === 'NON_COMPLIANT')
                return fail(resourceRef(p), `Conformance pack ${p.name} in ${p.region} is NON_COMPLIANT.`, { compliance: c });
            return error(resourceRef(p), `AWS Config has ${c ?? 'no'} compliance data for conformance pack ${p.name} in ${p.region}.`, { compliance: c });
        });
    },
});
