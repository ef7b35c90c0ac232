import { defineRule, fail, pass, scopeRef } from '../../engine/defineRule.js';
export default defineRule({
    id: 'config_conformance_pack_deployed',
    title: 'At least one AWS Config conformance pack is deployed',
    service: 'config',
    topic: 'compliance-validation',
    severity: 'low',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['config.conformancePacks'],
    description: 'The account has at least one conformance pack in the scanned Regions (its own or one deployed from the organization), so its configuration is continuously checked against a chosen baseline such as Operational Best Practices for CIS or FSBP.',
    risk: 'Without a conformance pack (or equivalent Config rules) configuration drift between scans is not detected at all.',
    remediation: {
        text: 'In the AWS Config console open Conformance packs > Deploy conformance pack, choose a sample template (for example "Operational Best Practices for CIS AWS v1.4 Level 1"), and deploy it; in an organization, deploy it from the management or delegated administrator account.',
        cli: 'aws configservice put-conformance-pack --conformance-pack-name <name> --template-s3-uri s3://<bucket>/<template>.yaml --region <region>',
        terraform: 'resource "aws_config_conformance_pack" "baseline" { name = "<name>" template_body = file("<template>.yaml") }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/conformance-packs.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/conformancepack-sample-templates.html'],
    evaluate({ inventory, account }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const packs = inventory.all('AWS::Config::ConformancePack');
        return packs.length
            ? [pass(ref, `${packs.length} conformance pack(s) are deployed, e.g. ${packs[0].name} in ${packs[0].region}.`, { packs: packs.map((p) => `${p.region}/${p.name}`) })]
            : [fail(ref, `No conformance pack is deployed in the scanned Regions (${inventory.regions.join(', ')}).`)];
    },
});
