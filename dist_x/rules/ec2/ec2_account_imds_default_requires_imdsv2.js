import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ec2_account_imds_default_requires_imdsv2',
    title: 'Account default for new instances requires IMDSv2',
    service: 'ec2',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EC2::AccountSettings',
    requires: ['ec2.accountSettings'],
    description: 'The region\'s account-level instance metadata defaults (GetInstanceMetadataDefaults) set HttpTokens to required, so instances launched without explicit metadata options, from any tool, get IMDSv2 only.',
    risk: 'Without the default, every launch path (console, old templates, third-party tools) must remember to require IMDSv2; one that does not produces an instance whose role credentials an SSRF or a container can read through IMDSv1.',
    remediation: {
        text: 'In the EC2 console, choose the region, open the Dashboard, choose Data protection and security > IMDS defaults > Manage, set Metadata version to V2 only (token required), and choose Update.',
        cli: 'aws ec2 modify-instance-metadata-defaults --region <region> --http-tokens required --http-put-response-hop-limit 2',
        terraform: 'resource "aws_ec2_instance_metadata_defaults" "this" { http_tokens = "required" }',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    },
    references: ['Prowler ec2_instance_account_imdsv2_enabled'],
    evaluate({ inventory }) {
        return inventory.all('AWS::EC2::AccountSettings').map((s) => {
            const d = s.imdsDefaults;
            if (!d.ok)
                return error(resourceRef(s), `Could not read the instance metadata defaults of ${s.region}: ${d.error}`);
            const tokens = d.value?.httpTokens;
            return tokens === 'required'
                ? pass(resourceRef(s), `New instances in ${s.region} require IMDSv2 by default.`)
                : fail(resourceRef(s), `The instance metadata default in ${s.region} does not require IMDSv2 (HttpTokens = ${tokens ?? 'no preference'}).`, { imdsDefaults: d.value });
        });
    },
});
