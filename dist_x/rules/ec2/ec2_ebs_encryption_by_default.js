import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ec2_ebs_encryption_by_default',
    title: 'EBS encryption by default is enabled in the region',
    service: 'ec2',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::EC2::AccountSettings',
    requires: ['ec2.accountSettings'],
    description: 'New EBS volumes and snapshot copies in the region are encrypted without anyone having to ask (this protects the volumes of DLC hosts and notebooks too).',
    risk: 'Unencrypted volumes expose data in snapshots shared by mistake and in storage media.',
    remediation: {
        text: 'In the EC2 console, choose the region, open Settings > Data protection and security, choose Manage under EBS encryption, and select Enable.',
        cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
        terraform: 'resource "aws_ebs_encryption_by_default" "on" { enabled = true }',
        url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    },
    references: ['CIS AWS Foundations 2.2.1', 'AWS FSBP EC2.7'],
    evaluate({ inventory }) {
        return inventory.all('AWS::EC2::AccountSettings').map((s) => {
            const v = s.ebsEncryptionByDefault;
            if (!v.ok)
                return error(resourceRef(s), `Could not read EBS encryption by default in ${s.region}: ${v.error}`);
            return v.value ? pass(resourceRef(s), `EBS encryption by default is on in ${s.region}.`) : fail(resourceRef(s), `EBS encryption by default is off in ${s.region}.`);
        });
    },
});
