import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { envSecrets } from '../../analysis/secrets/envSecrets.js';
import { named, resourceRef } from '../lib/refs.js';
import { compilePatterns, sensitiveText } from '../../analysis/secrets/sensitiveText.js';
/** `NAME=value` or `export NAME=value`, the way shell scripts set credentials. */
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
/** Command substitution or another variable: the value is fetched at run time, not written in the script. */
const COMPUTED = /^["']?(\$|`)/;
function scriptSecrets(script, text, extra) {
    const hits = [];
    text.split(/\r?\n/).forEach((line, i) => {
        const shape = sensitiveText('line', line, extra)[0];
        if (shape)
            return void hits.push({ script, line: i + 1, kind: shape.kind });
        const m = ASSIGNMENT.exec(line);
        if (!m || COMPUTED.test(m[2].trim()))
            return;
        const value = m[2].trim().replace(/^(["'])(.*)\1$/, '$2');
        const hit = envSecrets([{ name: m[1], value }])[0];
        if (hit)
            hits.push({ script, line: i + 1, kind: hit.kind, variable: m[1] });
    });
    return hits;
}
export default defineRule({
    id: 'sagemaker_notebook_lifecycle_config_no_secrets',
    title: 'Notebook lifecycle configuration scripts contain no secrets',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::SageMaker::NotebookLifecycleConfig',
    requires: ['sagemaker.notebookLifecycleConfigs'],
    params: z.object({ extraPatterns: z.array(z.string()).default([]) }).default({ extraPatterns: [] }),
    description: 'The OnCreate and OnStart scripts of a notebook instance lifecycle configuration (returned base64-encoded by DescribeNotebookInstanceLifecycleConfig) hold no credential: no line with the shape of one (access key id, secret access key, private key, provider token, password in a URL, "password=..."), and no shell assignment of a literal to a variable whose name says it is a secret (DB_PASSWORD=..., export API_TOKEN=...). Values fetched at run time ($(aws secretsmanager ...), ${VAR}) are fine. Findings name the script, the line number and the kind of secret, never the value. Add organisation-specific patterns with `extraPatterns`.',
    risk: 'Anyone allowed sagemaker:DescribeNotebookInstanceLifecycleConfig reads the scripts in clear text, and the script runs as root on every notebook instance that uses it: a credential written there leaks to every reader of the account\'s SageMaker configuration and outlives its rotation.',
    remediation: {
        text: 'Store the secret in AWS Secrets Manager, grant the notebook\'s execution role secretsmanager:GetSecretValue on it, and have the script fetch it at start-up; then update the lifecycle configuration (SageMaker console > Notebook > Lifecycle configurations > Edit) and rotate the exposed credential.',
        cli: 'aws sagemaker update-notebook-instance-lifecycle-config --notebook-instance-lifecycle-config-name <name> --on-start Content=$(base64 -w0 on-start-without-secret.sh)',
        terraform: 'resource "aws_sagemaker_notebook_instance_lifecycle_configuration" "x" { on_start = base64encode(file("on-start-fetching-from-secrets-manager.sh")) }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html',
    },
    references: ['Prowler sagemaker_notebook_instance_no_secrets', 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateNotebookInstanceLifecycleConfig.html'],
    evaluate({ inventory, params }) {
        const extra = compilePatterns(params.extraPatterns);
        return judgeEach(inventory, 'AWS::SageMaker::NotebookLifecycleConfig', (c) => {
            const hits = [...c.onCreate.flatMap((t) => scriptSecrets('OnCreate', t, extra)), ...c.onStart.flatMap((t) => scriptSecrets('OnStart', t, extra))];
            return hits.length
                ? fail(resourceRef(c), `Lifecycle configuration ${named(c)} has secrets in its scripts: ${hits.map((h) => `${h.script} line ${h.line}${h.variable ? ` (${h.variable})` : ''}: ${h.kind}`).join('; ')}.`, { secrets: hits })
                : pass(resourceRef(c), `Lifecycle configuration ${named(c)} has no secret-looking content in its ${c.onCreate.length + c.onStart.length} script(s).`);
        });
    },
});
