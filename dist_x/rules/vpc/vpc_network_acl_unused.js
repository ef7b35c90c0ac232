import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_network_acl_unused',
    title: 'Network ACL is associated with a subnet',
    service: 'vpc',
    topic: 'network-acls',
    severity: 'low',
    resourceType: 'AWS::EC2::NetworkAcl',
    requires: ['ec2.networkAcls'],
    description: 'Custom network ACLs are associated with at least one subnet; unassociated ones are removed. Default network ACLs are not judged (they cannot be deleted).',
    risk: 'Unused ACLs are left unreviewed; associating one with a subnet later (by mistake or in a hurry) applies rules nobody maintained.',
    remediation: {
        text: 'In the VPC console, open Network ACLs, select the ACL with no associated subnets, and choose Actions > Delete network ACLs.',
        cli: 'aws ec2 delete-network-acl --network-acl-id <acl-id>',
        terraform: '# remove the aws_network_acl resource that has no subnet_ids',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/network-acls.html',
    },
    references: ['AWS FSBP EC2.16'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::EC2::NetworkAcl')
            .filter((a) => !a.isDefault)
            .map((a) => a.subnetIds.length
            ? pass(resourceRef(a), `${named(a)} is associated with ${a.subnetIds.length} subnet(s).`, { subnetIds: a.subnetIds })
            : fail(resourceRef(a), `${named(a)} in ${a.vpcId} is associated with no subnet.`));
    },
});
