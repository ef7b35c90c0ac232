import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_notebook_root_access_disabled',
    title: 'Notebook instance users do not have root access',
    service: 'sagemaker',
    topic: 'identity-and-access-management',
    severity: 'high',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    requires: ['sagemaker.notebooks'],
    description: 'RootAccess is Disabled. Lifecycle configurations still run as root, so administrators keep control of the instance\'s setup.',
    risk: 'Users with root on the notebook can change its software and security settings, tamper with other users\' files and persist code that runs with the notebook\'s IAM role.',
    remediation: {
        text: 'In the SageMaker console, stop the notebook instance, choose Edit, set Root access to Disable, save, and start it again.',
        cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
        terraform: 'resource "aws_sagemaker_notebook_instance" "x" { root_access = "Disabled" }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
    },
    references: ['AWS FSBP SageMaker.3'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::NotebookInstance', (n) => n.rootAccess === 'Disabled'
            ? pass(resourceRef(n), `Notebook instance ${named(n)} gives users no root access.`)
            : fail(resourceRef(n), `Notebook instance ${named(n)} gives users root access (${n.rootAccess ?? 'Enabled, the default'}).`, { rootAccess: n.rootAccess ?? null }));
    },
});
