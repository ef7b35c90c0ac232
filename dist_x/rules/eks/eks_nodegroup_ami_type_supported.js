import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { AMI_TYPE_END_OF_SUPPORT } from '../lib/eksAmiTypes.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'eks_nodegroup_ami_type_supported',
    title: 'Managed node group uses an AMI type AWS still supports',
    service: 'eks',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::EKS::Nodegroup',
    requires: ['eks.nodegroups'],
    description: 'The node group\'s AMI type is not one whose EKS-optimized AMIs have reached end of support on the scan date: the Amazon Linux 2 types (AL2_x86_64, AL2_x86_64_GPU, AL2_ARM_64) ended on 2025-11-26. Node groups with a CUSTOM AMI (from a launch template) are not judged.',
    risk: 'After end of support AWS publishes no new AL2 node AMIs: kernel, container runtime and NVIDIA driver vulnerabilities on the nodes stay unpatched, and new Kubernetes versions get no AL2 AMI to upgrade to.',
    remediation: {
        text: 'In the Amazon EKS console, create a new managed node group with an AL2023 or Bottlerocket AMI type (AL2023_x86_64_NVIDIA for GPU nodes), cordon and drain the old node group, and delete it.',
        cli: 'aws eks create-nodegroup --cluster-name <cluster> --nodegroup-name <new> --ami-type AL2023_x86_64_STANDARD --subnets <subnets> --node-role <role-arn>',
        terraform: 'resource "aws_eks_node_group" "x" { ami_type = "AL2023_x86_64_STANDARD" }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-deprecation-faqs.html',
    },
    references: ['Amazon EKS AL2 AMI end of support (2025-11-26)'],
    evaluate({ inventory, asOf }) {
        const today = asOf.toISOString().slice(0, 10);
        return judgeEach(inventory, 'AWS::EKS::Nodegroup', (n) => {
            if (!n.amiType)
                return error(resourceRef(n), `Node group ${named(n)} reports no AMI type.`);
            if (n.amiType === 'CUSTOM')
                return null;
            const end = AMI_TYPE_END_OF_SUPPORT[n.amiType];
            return end && end <= today
                ? fail(resourceRef(n), `Node group ${named(n)} uses AMI type ${n.amiType}, whose EKS-optimized AMIs reached end of support on ${end}.`, { amiType: n.amiType, endOfSupport: end })
                : pass(resourceRef(n), `Node group ${named(n)} uses AMI type ${n.amiType}${end ? `, supported until ${end}` : ''}.`, { amiType: n.amiType });
        });
    },
});
