import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
const SUPPORTED = ['notebook-al2-v3', 'notebook-al2023-v1'];
const params = z.object({ supportedPlatformIdentifiers: z.array(z.string()).min(1).default(SUPPORTED) }).default({ supportedPlatformIdentifiers: SUPPORTED });
export default defineRule({
    id: 'sagemaker_notebook_platform_supported',
    title: 'Notebook instance runs a supported platform',
    service: 'sagemaker',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    requires: ['sagemaker.notebooks'],
    params,
    description: 'The notebook instance\'s platform identifier is in supportedPlatformIdentifiers (default notebook-al2-v3 and notebook-al2023-v1), as the AWS Config rule sagemaker-notebook-instance-platform-version checks. notebook-al1-v1, notebook-al2-v1 and notebook-al2-v2 are deprecated.',
    risk: 'A deprecated platform gets no operating system or JupyterLab security updates, so known vulnerabilities stay on an instance that holds data, credentials and an execution role.',
    remediation: {
        text: 'The platform is fixed at creation. Create a new notebook instance with a supported platform identifier (Amazon Linux 2023), copy the notebooks and data across, and delete the old instance.',
        cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <new> --instance-type <type> --role-arn <role> --platform-identifier notebook-al2023-v1',
        terraform: 'resource "aws_sagemaker_notebook_instance" "x" { platform_identifier = "notebook-al2023-v1" }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-notebook-instance-platform-version.html',
    },
    references: ['AWS Config sagemaker-notebook-instance-platform-version', 'Steampipe sagemaker_notebook_instance_supported_platform_version'],
    evaluate({ inventory, params }) {
        return judgeEach(inventory, 'AWS::SageMaker::NotebookInstance', (n) => {
            if (!n.platformIdentifier)
                return error(resourceRef(n), `Notebook instance ${named(n)} reports no platform identifier.`);
            return params.supportedPlatformIdentifiers.includes(n.platformIdentifier)
                ? pass(resourceRef(n), `Notebook instance ${named(n)} runs ${n.platformIdentifier}.`, { platformIdentifier: n.platformIdentifier })
                : fail(resourceRef(n), `Notebook instance ${named(n)} runs ${n.platformIdentifier}, which is not a supported platform (${params.supportedPlatformIdentifiers.join(', ')}).`, {
                    platformIdentifier: n.platformIdentifier,
                });
        });
    },
});
