import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { envSecrets, fromRecord } from '../../analysis/secrets/envSecrets.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_model_environment_no_secrets',
    title: 'Model containers get no secrets in plain environment variables',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::SageMaker::Model',
    requires: ['sagemaker.models'],
    description: 'No container environment variable of the model holds a credential: a value shaped like one (access key id, private key, Hugging Face or other provider token...) or a literal under a name that says it is a secret (HF_TOKEN, API_KEY, PASSWORD...). Findings name the variable, never its value.',
    risk: 'Model environment values are returned in clear text by DescribeModel to anyone with read access to SageMaker, and are copied into every endpoint that serves the model.',
    remediation: {
        text: 'Store the secret in AWS Secrets Manager, have the container fetch it at start-up with the model\'s execution role, create a new model without the variable, update the endpoint, and rotate the exposed credential.',
        cli: 'aws secretsmanager create-secret --name <name> --secret-string <value>  # then recreate the model without the variable',
        terraform: 'resource "aws_sagemaker_model" "x" { primary_container { environment = { SECRET_ID = aws_secretsmanager_secret.token.arn } } }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::Model', (m) => {
            const hits = m.containers.flatMap((c, i) => envSecrets(fromRecord(c.environment)).map((h) => ({ container: i + 1, ...h })));
            return hits.length
                ? fail(resourceRef(m), `Model ${named(m)} passes secrets in environment variables: ${hits.map((h) => `${h.variable} in container ${h.container} (${h.kind})`).join('; ')}.`, { variables: hits })
                : pass(resourceRef(m), `Model ${named(m)} has no secret-looking environment variables.`);
        });
    },
});
