import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'dlc_endpoint_config_no_elastic_inference',
    title: 'SageMaker endpoint configuration does not use Elastic Inference',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::EndpointConfig',
    requires: ['sagemaker.endpointConfigs'],
    description: "No production variant sets AcceleratorType (an ml.eia* Elastic Inference accelerator). Elastic Inference and its *-eia DLC images have been unsupported since 2023-10-01, and the SageMaker API now says the parameter 'is no longer supported. Elastic Inference (EI) is no longer available'.",
    risk: 'The configuration depends on a retired service and retired, unpatched EI images; deploying or scaling it fails or runs unmaintained code.',
    remediation: {
        text: 'Create a new endpoint configuration without an accelerator (use a GPU, Inferentia or CPU instance type and a current DLC image), update the endpoint to it, and delete the old configuration.',
        cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new> --production-variants VariantName=AllTraffic,ModelName=<model>,InstanceType=ml.g5.xlarge,InitialInstanceCount=1 && aws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new>',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PendingProductionVariantSummary.html',
    },
    references: [],
    evaluate({ inventory, dlc }) {
        const k = dlc();
        return inventory.all('AWS::SageMaker::EndpointConfig').map((c) => {
            if (c.describeError)
                return error(resourceRef(c), `Could not read ${named(c)}: ${c.describeError}`);
            const ei = c.productionVariants.filter((v) => v.acceleratorType);
            return ei.length
                ? fail(resourceRef(c), `${named(c)} attaches Elastic Inference (${ei.map((v) => `${v.variantName}: ${v.acceleratorType}`).join(', ')}), a retired service.`, { variants: ei, retiredSince: k.policy.retiredSince, eop: k.policy.retiredSince, source: k.policy.retiredSource })
                : pass(resourceRef(c), `${named(c)} uses no Elastic Inference accelerator.`);
        });
    },
});
