import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';
/** Collectors whose resources name security groups without a network interface existing (scaled-to-zero services, stopped notebooks). */
const HOLDERS = ['ecs.services', 'sagemaker.notebooks', 'eks.clusters'];
export default defineRule({
    id: 'vpc_security_group_unused',
    title: 'Security group is in use',
    service: 'vpc',
    topic: 'security-groups',
    severity: 'low',
    resourceType: 'AWS::EC2::SecurityGroup',
    requires: ['ec2.securityGroups', 'ec2.networkInterfaces', 'ec2.vpcEndpoints'],
    uses: HOLDERS,
    description: "Non-default security groups are attached to a network interface, referenced by another group's rule, or named by an ECS service, SageMaker notebook, EKS cluster or VPC endpoint. The default group is left to vpc_default_security_group_* (it cannot be deleted). Launch templates and Auto Scaling groups are not read, so a group kept for them is reported too.",
    risk: 'Unused groups accumulate stale, often permissive rules; the next resource attached to one by mistake inherits access nobody reviews.',
    remediation: {
        text: 'Confirm the group is not kept for a launch template or a scaled-in service, then in the VPC console open Security groups, select it and choose Actions > Delete security groups.',
        cli: 'aws ec2 delete-security-group --group-id <sg-id>',
        terraform: '# remove the aws_security_group resource that is no longer referenced',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/deleting-security-groups.html',
    },
    references: ['AWS Config ec2-security-group-attached-to-eni-periodic'],
    evaluate({ inventory, collected }) {
        const used = new Map();
        const mark = (ids, by) => {
            for (const id of ids)
                if (id && !used.has(id))
                    used.set(id, by);
        };
        for (const n of inventory.all('AWS::EC2::NetworkInterface'))
            mark(n.securityGroupIds, `network interface ${n.id}`);
        for (const e of inventory.all('AWS::EC2::VPCEndpoint'))
            mark(e.securityGroupIds, `VPC endpoint ${e.id}`);
        const groups = inventory.all('AWS::EC2::SecurityGroup');
        for (const g of groups)
            mark([...g.ingress, ...g.egress].flatMap((p) => p.groupPairs.filter((x) => x.groupId !== g.id).map((x) => x.groupId)), `a rule of ${g.id}`);
        for (const s of inventory.all('AWS::ECS::Service'))
            mark(s.awsvpc?.securityGroups ?? [], `ECS service ${s.name}`);
        for (const nb of inventory.all('AWS::SageMaker::NotebookInstance'))
            mark(nb.securityGroupIds, `SageMaker notebook ${nb.name}`);
        for (const c of inventory.all('AWS::EKS::Cluster'))
            mark([...c.securityGroupIds, c.clusterSecurityGroupId], `EKS cluster ${c.name}`);
        const unread = HOLDERS.filter((id) => !collected(id));
        return each(groups.filter((g) => g.groupName !== 'default' && g.vpcId), (g) => {
            const by = used.get(g.id);
            if (by)
                return pass(resourceRef(g), () => `${named(g)} is used by ${by}.`);
            // A group held only by a service whose data could not be read would look unused: unknown, not FAIL.
            if (unread.length)
                return error(resourceRef(g), `${named(g)} in ${g.vpcId} is attached to no interface and referenced by no other group, but ${unread.join(', ')} could not be read, so a holder there may be missed.`, {
                    notCollected: unread,
                });
            return fail(resourceRef(g), `${named(g)} in ${g.vpcId} is attached to nothing and referenced by no other group.`, { ingressRules: g.ingress.length, egressRules: g.egress.length });
        });
    },
});
