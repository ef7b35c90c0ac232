import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { fieldNotCollected } from '../lib/staleInventory.js';
export default defineRule({
    id: 'sagemaker_endpoint_config_data_capture_enabled',
    title: 'Endpoint configuration captures inference requests and responses',
    service: 'sagemaker',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::SageMaker::EndpointConfig',
    requires: ['sagemaker.endpointConfigs'],
    description: 'The endpoint configuration has DataCaptureConfig with capture enabled, so SageMaker records the requests and responses of its instance-based variants to S3 for Model Monitor. Configurations with only serverless variants, which do not support data capture, are not judged.',
    risk: 'Without captured traffic there is no record of what was sent to a model and what it answered: abuse (prompt injection, model extraction, data exfiltration through outputs) and drift go unnoticed and cannot be investigated afterwards.',
    remediation: {
        text: 'In the SageMaker console, create a new endpoint configuration from the current one with Data capture turned on (an S3 location, a KMS key, and the sampling percentage), and update the endpoint to use it.',
        cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new> --production-variants file://variants.json --data-capture-config EnableCapture=true,InitialSamplingPercentage=100,DestinationS3Uri=s3://<bucket>/capture,KmsKeyId=<key>,CaptureOptions=[{CaptureMode=Input},{CaptureMode=Output}]',
        terraform: 'resource "aws_sagemaker_endpoint_configuration" "x" { data_capture_config { enable_capture = true initial_sampling_percentage = 100 destination_s3_uri = "s3://<bucket>/capture" capture_options { capture_mode = "Input" } capture_options { capture_mode = "Output" } } }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-data-capture.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::EndpointConfig', (c) => {
            if (c.productionVariants.length && c.productionVariants.every((v) => v.serverless))
                return null;
            if (c.dataCaptureEnabled === undefined)
                return fieldNotCollected(c, 'data capture setting');
            return c.dataCaptureEnabled
                ? pass(resourceRef(c), `Endpoint configuration ${named(c)} captures inference data.`)
                : fail(resourceRef(c), `Endpoint configuration ${named(c)} does not capture inference requests or responses.`);
        });
    },
});
