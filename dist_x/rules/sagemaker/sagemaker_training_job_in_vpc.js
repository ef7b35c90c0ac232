import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_training_job_in_vpc',
    title: 'Training job runs in your VPC',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::TrainingJob',
    requires: ['sagemaker.trainingJobs'],
    description: 'Training jobs of the last 90 days had a VpcConfig with subnets and security groups (Prowler sagemaker_training_jobs_vpc_settings_configured, Steampipe sagemaker_training_job_in_vpc).',
    risk: 'A training job outside your VPC reads training data and writes models over SageMaker\'s network, where security groups, VPC endpoint policies and flow logs cannot restrict or record its traffic.',
    remediation: {
        text: 'Training jobs cannot be changed. For new jobs, set a VPC, subnets and security groups in the job\'s Network settings (SageMaker console, or VpcConfig in the SDK/estimator), with S3 reached through a gateway endpoint.',
        cli: 'aws sagemaker create-training-job ... --vpc-config Subnets=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>',
        terraform: '# Training jobs are not Terraform resources; set subnets= and security_group_ids= on the SageMaker Python SDK Estimator.',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
    },
    references: ['Prowler sagemaker_training_jobs_vpc_settings_configured'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::TrainingJob', (j) => j.vpcConfig
            ? pass(resourceRef(j), `Training job ${named(j)} ran in subnets ${j.vpcConfig.subnets.join(', ')}.`, { vpcConfig: j.vpcConfig })
            : fail(resourceRef(j), `Training job ${named(j)} ran without a VPC configuration.`));
    },
});
