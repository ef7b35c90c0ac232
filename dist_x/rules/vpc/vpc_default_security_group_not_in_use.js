import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_default_security_group_not_in_use',
    title: 'Default security group is attached to no network interface',
    service: 'vpc',
    topic: 'security-groups',
    severity: 'low',
    resourceType: 'AWS::EC2::SecurityGroup',
    requires: ['ec2.securityGroups', 'ec2.networkInterfaces'],
    description: 'Workloads use purpose-built security groups rather than the VPC default group.',
    risk: 'Everything in the default group can reach everything else in it; a shared default group links unrelated workloads.',
    remediation: {
        text: 'For each listed network interface, open it in the EC2 console (Network interfaces > Actions > Change security groups), attach a least-privilege group and remove "default".',
        cli: 'aws ec2 modify-network-interface-attribute --network-interface-id <eni-id> --groups <sg-id>',
        terraform: 'resource "aws_instance" "x" { vpc_security_group_ids = ["<purpose-built-sg-id>"] }',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    },
    references: ['CIS Compute 2.7'],
    evaluate({ inventory }) {
        const enis = inventory.all('AWS::EC2::NetworkInterface');
        return inventory
            .all('AWS::EC2::SecurityGroup')
            .filter((sg) => sg.groupName === 'default' && sg.vpcId)
            .map((sg) => {
            const users = enis.filter((n) => n.securityGroupIds.includes(sg.id));
            return users.length
                ? fail(resourceRef(sg), `Default security group ${sg.id} is attached to ${users.length} network interface(s).`, { networkInterfaces: users.map((n) => n.id) })
                : pass(resourceRef(sg), `Default security group ${sg.id} is attached to nothing.`);
        });
    },
});
