import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_notebook_imdsv2_required',
    title: 'Notebook instance requires IMDSv2',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    requires: ['sagemaker.notebooks'],
    description: 'The notebook\'s InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion is "2". When the field is absent the instance accepts IMDSv1, the documented default.',
    risk: 'With IMDSv1 a server-side request forgery in any notebook server or extension can read the instance role\'s credentials from the metadata service.',
    remediation: {
        text: 'In the SageMaker console, stop the notebook instance, choose Edit, set Minimum IMDS version to Version 2 under Additional configuration, save, and start it again.',
        cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --instance-metadata-service-configuration MinimumInstanceMetadataServiceVersion=2',
        terraform: 'resource "aws_sagemaker_notebook_instance" "x" { instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" } }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::NotebookInstance', (n) => n.minimumImdsVersion === '2'
            ? pass(resourceRef(n), `Notebook instance ${named(n)} requires IMDSv2.`)
            : fail(resourceRef(n), `Notebook instance ${named(n)} accepts IMDSv1 (minimum IMDS version ${n.minimumImdsVersion ?? 'not set, default 1'}).`, { minimumImdsVersion: n.minimumImdsVersion ?? null }));
    },
});
