import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { hasLocalInstanceStorage } from '../lib/sagemakerStorage.js';
export default defineRule({
    id: 'sagemaker_endpoint_config_encrypted_with_kms',
    title: 'Endpoint configuration encrypts its storage with a KMS key',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::EndpointConfig',
    requires: ['sagemaker.endpointConfigs'],
    description: 'The endpoint configuration has a KmsKeyId for the storage volumes of its hosting instances. Configurations with a variant on an instance type with local NVMe storage pass: AWS refuses a KMS key there and encrypts that storage with a hardware module.',
    risk: 'Model artifacts and data written by the model server sit on volumes encrypted with keys you do not control, with no key policy or CloudTrail record of their use.',
    remediation: {
        text: 'Endpoint configurations are immutable. Create a new one with an Encryption key chosen, then update the endpoint to use it and delete the old configuration.',
        cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new-name> --production-variants file://variants.json --kms-key-id <key-arn> && aws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-name>',
        terraform: 'resource "aws_sagemaker_endpoint_configuration" "x" { kms_key_arn = "<key-arn>" }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::EndpointConfig', (c) => {
            if (c.kmsKeyId)
                return pass(resourceRef(c), `Endpoint configuration ${named(c)} encrypts storage with ${c.kmsKeyId}.`);
            const local = c.productionVariants.filter((v) => !v.serverless && hasLocalInstanceStorage(v.instanceType));
            return local.length
                ? pass(resourceRef(c), `Endpoint configuration ${named(c)} uses instance storage encrypted by hardware (${local.map((v) => `${v.variantName}: ${v.instanceType}`).join(', ')}), where AWS allows no KMS key.`)
                : fail(resourceRef(c), `Endpoint configuration ${named(c)} has no KMS key for its storage volumes.`);
        });
    },
});
