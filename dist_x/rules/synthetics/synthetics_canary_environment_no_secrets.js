import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { envSecrets, fromRecord } from '../../analysis/secrets/envSecrets.js';
import { named, resourceRef } from '../lib/refs.js';
/**
 * A value encrypted client-side with a KMS key (the Lambda console's "encryption in transit"
 * helpers) is a base64 KMS ciphertext blob, which starts with the bytes 01 02 02 00 78 ("AQICAH").
 * AWS recommends exactly that for sensitive values, so it is not a finding.
 */
const KMS_CIPHERTEXT = /^AQICAH[A-Za-z0-9+/]{80,}={0,2}$/;
export default defineRule({
    id: 'synthetics_canary_environment_no_secrets',
    title: 'Canary environment variables hold no plain-text secrets',
    service: 'synthetics',
    topic: 'canary-security',
    severity: 'high',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries', 'synthetics.canaryFunctions'],
    description: 'No environment variable of the canary holds a credential in plain text: a value shaped like one (access key id, private key, provider token, password in a URL) or a literal under a name that says it is a secret (PASSWORD, API_KEY, TOKEN...). Canary environment variables are kept on the canary\'s Lambda function (GetCanary returns none), so they are read with lambda:GetFunctionConfiguration on the canary\'s EngineArn; the code is never downloaded. Values encrypted client-side with KMS are accepted. AWS: "Environment variables are not encrypted client-side... Store sensitive information only after encrypting it in transit." Findings name the variable, never its value.',
    risk: 'Anyone allowed to read the canary\'s Lambda function configuration (lambda:GetFunctionConfiguration, or the Lambda and Synthetics consoles) sees the values in clear text; a credential there outlives its rotation and is copied into every canary cloned from this one.',
    remediation: {
        text: 'Store the secret in AWS Secrets Manager, grant the canary\'s execution role secretsmanager:GetSecretValue on it and read it in the script (or encrypt the value client-side with a KMS key); then edit the canary (CloudWatch console > Synthetics Canaries > the canary > Actions > Edit > Environment variables), remove the plain value, and rotate the exposed credential.',
        cli: 'aws synthetics update-canary --name <name> --run-config \'{"EnvironmentVariables": {"SECRET_ID": "<secret-arn>"}}\'',
        terraform: 'resource "aws_synthetics_canary" "x" { run_config { environment_variables = { SECRET_ID = aws_secretsmanager_secret.login.arn } } }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_CommonFeatures.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/servicelens_canaries_security.html'],
    evaluate({ inventory }) {
        const functions = new Map(inventory.all('AWS::Synthetics::CanaryFunction').map((f) => [`${f.region}/${f.canaryName}`, f]));
        return inventory.all('AWS::Synthetics::Canary').map((c) => {
            const ref = resourceRef(c);
            const fn = functions.get(`${c.region}/${c.name ?? c.id}`);
            if (!fn)
                return error(ref, `The Lambda function of canary ${named(c)} was not read, so its environment variables are unknown.`);
            if (!fn.environment.ok)
                return error(ref, `Could not read the environment variables of canary ${named(c)}: ${fn.environment.error}`, { engineArn: fn.engineArn ?? null });
            const env = fn.environment.value ?? {};
            const hits = envSecrets(fromRecord(env).filter((v) => !KMS_CIPHERTEXT.test(v.value.trim())));
            return hits.length
                ? fail(ref, `Canary ${named(c)} keeps secrets in plain-text environment variables: ${hits.map((h) => `${h.variable} (${h.kind})`).join('; ')}.`, { variables: hits, engineArn: fn.engineArn ?? null })
                : pass(ref, `Canary ${named(c)} has no secret-looking values among its ${Object.keys(env).length} environment variable(s).`, { engineArn: fn.engineArn ?? null });
        });
    },
});
