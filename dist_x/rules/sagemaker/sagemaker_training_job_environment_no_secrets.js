import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { envSecrets, fromRecord } from '../../analysis/secrets/envSecrets.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_training_job_environment_no_secrets',
    title: 'Training job gets no secrets in plain environment variables',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::SageMaker::TrainingJob',
    requires: ['sagemaker.trainingJobs'],
    description: 'No environment variable of the training job holds a credential: a value shaped like one or a literal under a name that says it is a secret (HF_TOKEN, WANDB_API_KEY, PASSWORD...). Findings name the variable, never its value. Jobs created in the last 90 days are collected.',
    risk: 'Training job environments are kept with the job record and returned in clear text by DescribeTrainingJob to anyone with SageMaker read access, long after the job ends.',
    remediation: {
        text: 'Store the secret in AWS Secrets Manager and have the training script read it with the job\'s execution role; remove the variable from the job definition or pipeline, and rotate the exposed credential.',
        cli: 'aws secretsmanager create-secret --name <name> --secret-string <value>  # then launch jobs without the variable',
        cloudformation: 'AWS::SageMaker::Pipeline training step: "Environment": {"SECRET_ID": "<secret-arn>"} instead of the secret itself',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::TrainingJob', (j) => {
            const hits = envSecrets(fromRecord(j.environment));
            return hits.length
                ? fail(resourceRef(j), `Training job ${named(j)} passes secrets in environment variables: ${hits.map((h) => `${h.variable} (${h.kind})`).join('; ')}.`, { variables: hits })
                : pass(resourceRef(j), `Training job ${named(j)} has no secret-looking environment variables.`);
        });
    },
});
