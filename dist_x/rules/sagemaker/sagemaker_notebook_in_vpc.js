import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_notebook_in_vpc',
    title: 'Notebook instance is launched in a VPC subnet',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    requires: ['sagemaker.notebooks'],
    description: 'The notebook instance has a SubnetId, so its network interface lives in your VPC under your security groups, route tables and flow logs.',
    risk: 'A notebook outside your VPC is reachable only through SageMaker\'s managed network: you cannot restrict its traffic with security groups and NACLs or observe it with flow logs.',
    remediation: {
        text: 'The network is set at creation. Create a new notebook instance and choose a VPC, subnet and security groups under Network, move the work, and delete the old instance.',
        cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role> --subnet-id <subnet> --security-group-ids <sg>',
        terraform: 'resource "aws_sagemaker_notebook_instance" "x" { subnet_id = "<subnet>" security_groups = ["<sg>"] }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
    },
    references: ['AWS FSBP SageMaker.2'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::NotebookInstance', (n) => n.subnetId
            ? pass(resourceRef(n), `Notebook instance ${named(n)} runs in subnet ${n.subnetId}.`, { subnetId: n.subnetId, securityGroupIds: n.securityGroupIds })
            : fail(resourceRef(n), `Notebook instance ${named(n)} is not in a VPC subnet.`));
    },
});
