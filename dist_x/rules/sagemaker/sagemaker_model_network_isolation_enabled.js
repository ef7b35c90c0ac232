import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_model_network_isolation_enabled',
    title: 'Model containers run with network isolation',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::Model',
    requires: ['sagemaker.models'],
    description: 'The model has EnableNetworkIsolation, so its inference containers can make no outbound network calls, not even to other AWS services.',
    risk: 'A model container with network access can send inference inputs and outputs anywhere, and a compromised or malicious model or image can download further payloads.',
    remediation: {
        text: 'Models are immutable. Create a new model with "Enable network isolation" on (the container must not need network access at run time), create an endpoint configuration for it, and update the endpoint.',
        cli: 'aws sagemaker create-model --model-name <new-name> --execution-role-arn <role> --primary-container Image=<image>,ModelDataUrl=<s3-uri> --enable-network-isolation',
        terraform: 'resource "aws_sagemaker_model" "x" { enable_network_isolation = true }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    },
    references: ['AWS FSBP SageMaker.5'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::Model', (m) => m.enableNetworkIsolation
            ? pass(resourceRef(m), `Model ${named(m)} runs with network isolation.`)
            : fail(resourceRef(m), `Model ${named(m)} runs without network isolation.`));
    },
});
