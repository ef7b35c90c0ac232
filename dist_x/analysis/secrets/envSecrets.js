import { sensitiveText } from './sensitiveText.js';
/** Names AWS documents as credentials that must not be set in a task definition's environment. */
const WELL_KNOWN = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'ECS_ENGINE_AUTH_DATA']);
/** Words that name a secret, matched as whole words of the (upper snake case) name. */
const SECRET_WORD = /(^|_)(PASS|PASSWORD|PASSWD|PASSPHRASE|PWD|SECRET|SECRETS|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|ACCESS_KEY|SECRET_KEY|CLIENT_SECRET|CREDENTIAL|CREDENTIALS|AUTH_TOKEN|CONNECTION_STRING|CONN_STR)(_|$)/;
/** A trailing word that makes the variable about the secret rather than the secret itself. */
const ABOUT_SECRET = /_(ARN|FILE|PATH|NAME|ID|URL|URI|ENDPOINT|LENGTH|MIN_LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|HEADER|TYPE|MODE|ENABLED|DISABLED|DIR|REGION|SIZE|POLICY|KEY_ID|ROTATION|VERSION)$/;
/** Values that point at a secret, or are not secrets at all. */
const REFERENCE = /^(arn:|ssm:|secretsmanager:|\{\{resolve:|\$\{|s3:\/\/|\/|file:|https?:\/\/[^@\s]*$)/i;
const NOT_A_SECRET = /^(true|false|yes|no|on|off|none|null|nil|enabled|disabled|\d+(\.\d+)?|\s*)$/i;
/** "dbPassword" / "db-password" / "DB_PASSWORD" → "DB_PASSWORD" */
const normalise = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
export function namesSecret(name) {
    const n = normalise(name);
    if (WELL_KNOWN.has(n))
        return true;
    return SECRET_WORD.test(n) && !ABOUT_SECRET.test(n);
}
export function envSecrets(vars) {
    const hits = [];
    for (const { name, value } of vars) {
        const shape = sensitiveText('value', value)[0];
        if (shape)
            hits.push({ variable: name, kind: `value has the shape of a credential (${shape.kind})` });
        else if (namesSecret(name) && !REFERENCE.test(value.trim()) && !NOT_A_SECRET.test(value))
            hits.push({ variable: name, kind: 'name says it holds a secret and the value is a literal' });
    }
    return hits;
}
export const fromRecord = (env) => Object.entries(env).map(([name, value]) => ({ name, value }));
