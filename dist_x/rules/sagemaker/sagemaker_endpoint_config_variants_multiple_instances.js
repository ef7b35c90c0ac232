import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_endpoint_config_variants_multiple_instances',
    title: 'Endpoint production variants run on more than one instance',
    service: 'sagemaker',
    topic: 'resilience',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::EndpointConfig',
    requires: ['sagemaker.endpointConfigs'],
    description: 'Every instance-based production variant has an InitialInstanceCount greater than 1, so SageMaker spreads it over Availability Zones. Serverless variants are not counted; configurations with only serverless variants are not evaluated.',
    risk: 'A single-instance variant is unavailable whenever its instance or Availability Zone fails or is patched.',
    remediation: {
        text: 'Create a new endpoint configuration with an initial instance count of 2 or more for each production variant (or an auto scaling policy with a minimum of 2), and update the endpoint to it.',
        cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new-name> --production-variants VariantName=AllTraffic,ModelName=<model>,InstanceType=<type>,InitialInstanceCount=2 && aws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-name>',
        terraform: 'resource "aws_sagemaker_endpoint_configuration" "x" { production_variants { initial_instance_count = 2 } }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/disaster-recovery-resiliency.html',
    },
    references: ['AWS FSBP SageMaker.4'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::EndpointConfig', (c) => {
            const instanceBased = c.productionVariants.filter((v) => !v.serverless);
            if (!instanceBased.length)
                return null;
            const single = instanceBased.filter((v) => (v.initialInstanceCount ?? 1) < 2);
            return single.length
                ? fail(resourceRef(c), `Endpoint configuration ${named(c)} runs variant(s) ${single.map((v) => `"${v.variantName}" (${v.initialInstanceCount ?? 1} instance)`).join(', ')} on a single instance.`, {
                    variants: single.map((v) => ({ variantName: v.variantName, initialInstanceCount: v.initialInstanceCount ?? 1 })),
                })
                : pass(resourceRef(c), `Every production variant of endpoint configuration ${named(c)} has at least 2 instances.`);
        });
    },
});
