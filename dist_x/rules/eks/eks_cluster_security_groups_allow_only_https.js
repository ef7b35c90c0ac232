import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'eks_cluster_security_groups_allow_only_https',
    title: 'Cluster control plane security groups allow inbound traffic only on TCP 443',
    service: 'eks',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters', 'ec2.securityGroups'],
    description: "The additional security groups given to the cluster's control-plane network interfaces (resourcesVpcConfig.securityGroupIds) allow inbound traffic on TCP 443 only, which is all the Kubernetes API needs (CloudSploit eksSecurityGroups; EKS security group requirements). Steampipe's eks_cluster_no_multiple_security_groups fails any cluster with more than one additional group; the count is reported in the evidence but not judged, since AWS documents no risk in it. The EKS-created cluster security group is not judged (EKS manages its rules).",
    risk: 'Extra ports on the control-plane interfaces (often a node security group reused for the cluster) let whatever the rule admits reach the control plane and the nodes sharing the group on ports that have no business there.',
    remediation: {
        text: 'In the EC2 console, open each security group named in the finding and remove inbound rules other than TCP 443 from the nodes or admin networks; or give the cluster a dedicated security group with only that rule (EKS console > cluster > Networking > Manage) and keep node groups on their own groups.',
        cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=<proto>,FromPort=<from>,ToPort=<to>,IpRanges=[{CidrIp=<cidr>}]',
        terraform: 'resource "aws_security_group_rule" "api" { type = "ingress"  from_port = 443  to_port = 443  protocol = "tcp"  security_group_id = aws_security_group.control_plane.id  source_security_group_id = aws_security_group.nodes.id }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html',
    },
    references: ['CloudSploit eksSecurityGroups', 'Steampipe eks_cluster_no_multiple_security_groups'],
    evaluate({ inventory }) {
        const groups = new Map(inventory.all('AWS::EC2::SecurityGroup').map((g) => [g.id, g]));
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => {
            const additional = c.securityGroupIds;
            if (!additional.length)
                return pass(resourceRef(c), `Cluster ${named(c)} has no additional control-plane security groups (only the EKS cluster security group).`, { securityGroupIds: [] });
            const missing = additional.filter((id) => !groups.has(id));
            if (missing.length)
                return error(resourceRef(c), `Security group(s) ${missing.join(', ')} of cluster ${named(c)} are not in the inventory.`, { securityGroupIds: additional });
            const extra = additional.flatMap((id) => groups
                .get(id)
                .ingress.filter((p) => !(p.ipProtocol === 'tcp' && p.fromPort === 443 && p.toPort === 443))
                .map((p) => `${id} ${p.ipProtocol === '-1' ? 'all traffic' : `${p.ipProtocol} ${p.fromPort ?? 0}-${p.toPort ?? 65535}`}`));
            const evidence = { securityGroupIds: additional, additionalGroups: additional.length, otherInbound: extra };
            return extra.length
                ? fail(resourceRef(c), `Control-plane security groups of cluster ${named(c)} allow inbound traffic beyond TCP 443: ${extra.join('; ')}.`, evidence)
                : pass(resourceRef(c), `Control-plane security groups of cluster ${named(c)} (${additional.join(', ')}) allow inbound TCP 443 only.`, evidence);
        });
    },
});
