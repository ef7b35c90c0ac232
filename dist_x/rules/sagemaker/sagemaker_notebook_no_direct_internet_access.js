import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_notebook_no_direct_internet_access',
    title: 'Notebook instance has direct internet access disabled',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'high',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    requires: ['sagemaker.notebooks'],
    description: 'DirectInternetAccess is Disabled, so the notebook reaches the internet (if at all) only through your VPC\'s routes, NAT and controls.',
    risk: 'With direct internet access SageMaker gives the notebook its own path to the internet outside your VPC controls, letting data and credentials leave unnoticed and malicious packages come in.',
    remediation: {
        text: 'Direct internet access is set at creation. Create a new notebook instance in a VPC subnet with Direct internet access set to Disable (use a NAT gateway or VPC endpoints for what it needs), move the work, and delete the old instance.',
        cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role> --subnet-id <subnet> --security-group-ids <sg> --direct-internet-access Disabled',
        terraform: 'resource "aws_sagemaker_notebook_instance" "x" { subnet_id = "<subnet>" security_groups = ["<sg>"] direct_internet_access = "Disabled" }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
    },
    references: ['AWS FSBP SageMaker.1'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::NotebookInstance', (n) => n.directInternetAccess === 'Disabled'
            ? pass(resourceRef(n), `Notebook instance ${named(n)} has direct internet access disabled.`)
            : fail(resourceRef(n), `Notebook instance ${named(n)} has direct internet access ${n.directInternetAccess ?? 'enabled (the default)'}.`, { directInternetAccess: n.directInternetAccess ?? null }));
    },
});
