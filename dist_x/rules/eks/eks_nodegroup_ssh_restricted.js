import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'eks_nodegroup_ssh_restricted',
    title: 'Managed node group does not open SSH to the internet',
    service: 'eks',
    topic: 'infrastructure-security',
    severity: 'high',
    resourceType: 'AWS::EKS::Nodegroup',
    requires: ['eks.nodegroups'],
    description: 'A managed node group with remote access (an EC2 SSH key) also names sourceSecurityGroups. AWS documents that when an SSH key is given without source security groups, port 22 on the nodes is opened to 0.0.0.0/0. Node groups without remote access pass.',
    risk: 'Every worker node accepts SSH from the whole internet; with the key leaked or a weak sshd, attackers land on nodes that hold pod credentials and the node IAM role.',
    remediation: {
        text: 'Remote access settings cannot be changed on an existing node group. Create a replacement node group without an SSH key (use SSM Session Manager), or with Allow remote access from "Selected security groups", move workloads to it, and delete the old one.',
        cli: 'aws eks create-nodegroup --cluster-name <cluster> --nodegroup-name <name> --subnets <subnets> --node-role <role-arn> --remote-access ec2SshKey=<key>,sourceSecurityGroups=<sg-id>',
        terraform: 'resource "aws_eks_node_group" "x" { remote_access { ec2_ssh_key = "<key>" source_security_group_ids = ["<sg-id>"] } }',
        url: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::EKS::Nodegroup', (n) => {
            const ra = n.remoteAccess;
            if (!ra?.ec2SshKey)
                return pass(resourceRef(n), `Node group ${named(n)} of cluster ${n.clusterName} has no SSH remote access.`);
            return ra.sourceSecurityGroups.length
                ? pass(resourceRef(n), `Node group ${named(n)} of cluster ${n.clusterName} allows SSH only from ${ra.sourceSecurityGroups.join(', ')}.`, { sourceSecurityGroups: ra.sourceSecurityGroups })
                : fail(resourceRef(n), `Node group ${named(n)} of cluster ${n.clusterName} has SSH key "${ra.ec2SshKey}" with no source security groups, so port 22 is open to 0.0.0.0/0.`, {
                    ec2SshKey: ra.ec2SshKey,
                });
        });
    },
});
