import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_model_in_vpc',
    title: 'Model containers run in your VPC',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::Model',
    requires: ['sagemaker.models'],
    description: 'The model has a VpcConfig with subnets and security groups, so the containers that serve it reach the network through your VPC (AWS Config rule sagemaker-model-in-vpc).',
    risk: 'Outside your VPC, inference containers reach S3, your services and the internet through SageMaker\'s network: security groups, NACLs, VPC endpoint policies and flow logs do not apply to their traffic.',
    remediation: {
        text: 'A model\'s network settings are fixed. In the SageMaker console, create a new model with the same container and choose a VPC, subnets and security groups under Network, point a new endpoint configuration at it, and update the endpoint.',
        cli: 'aws sagemaker create-model --model-name <new> --execution-role-arn <role> --primary-container Image=<image>,ModelDataUrl=<s3-uri> --vpc-config Subnets=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>',
        terraform: 'resource "aws_sagemaker_model" "x" { vpc_config { subnets = ["<subnet-a>", "<subnet-b>"] security_group_ids = ["<sg>"] } }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html',
    },
    references: ['AWS Config sagemaker-model-in-vpc'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::Model', (m) => m.vpcConfig
            ? pass(resourceRef(m), `Model ${named(m)} runs in subnets ${m.vpcConfig.subnets.join(', ')}.`, { vpcConfig: m.vpcConfig })
            : fail(resourceRef(m), `Model ${named(m)} has no VPC configuration.`));
    },
});
