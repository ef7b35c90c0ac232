import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_default_security_group_restricts_all_traffic',
    title: 'Default security group of every VPC restricts all traffic',
    service: 'vpc',
    topic: 'security-groups',
    severity: 'high',
    resourceType: 'AWS::EC2::SecurityGroup',
    requires: ['ec2.securityGroups'],
    description: 'The default security group of each VPC must have no inbound and no outbound rules, so that resources launched without an explicit group get no access.',
    risk: 'Resources that fall back to the default group (by mistake or by default in a console wizard) inherit its rules; a permissive default group silently opens them.',
    remediation: {
        text: 'In the VPC console, open Security groups, select the group named "default" of each VPC, and delete every inbound and outbound rule. Create least-privilege groups for the resources that used it.',
        cli: 'aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --ip-permissions "$(aws ec2 describe-security-groups --group-ids <default-sg-id> --query SecurityGroups[0].IpPermissions)"',
        terraform: 'resource "aws_default_security_group" "default" { vpc_id = "<vpc-id>" } # no ingress or egress blocks: all rules removed',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    },
    references: ['CIS AWS Foundations 5.4 (v3.0) / 5.5 (v5.0)', 'AWS FSBP EC2.2'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::EC2::SecurityGroup')
            .filter((sg) => sg.groupName === 'default' && sg.vpcId)
            .map((sg) => {
            const rules = sg.ingress.length + sg.egress.length;
            return rules === 0
                ? pass(resourceRef(sg), `Default security group ${sg.id} of ${sg.vpcId} has no rules.`)
                : fail(resourceRef(sg), `Default security group ${sg.id} of ${sg.vpcId} has ${sg.ingress.length} inbound and ${sg.egress.length} outbound rule(s).`, {
                    ingress: sg.ingress,
                    egress: sg.egress,
                });
        });
    },
});
