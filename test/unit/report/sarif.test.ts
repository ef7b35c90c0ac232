import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { renderSarif } from '../../../src/report/sarif.js';
import { demoResult, hostileResult } from '../../helpers/scanResult.js';

/**
 * test/schemas/sarif-schema-2.1.0.json is the SARIF 2.1.0 (rtm.5) schema as shipped in the
 * MIT-licensed npm package @microsoft/jest-sarif. It is draft-04; ajv reads it as draft-07 once
 * `id` is spelled `$id` (the schema uses no keyword whose meaning changed between the drafts).
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // The rtm.5 schema's language-tag pattern has a stray `]`, legal only outside unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'https://base.invalid/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile<Record<string, any>>(schema);
}
const validate = sarifValidator();

describe('SARIF writer', () => {
  it('validates against the SARIF 2.1.0 schema for the demo scan', async () => {
    const log = JSON.parse(renderSarif(await demoResult()));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.ok(log.runs[0].results.length > 10);
  });

  it('validates for every status, and the validator rejects a broken log', () => {
    const log = JSON.parse(renderSarif(hostileResult()));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const broken = structuredClone(log);
    broken.runs[0].results[0].kind = 'bad';
    assert.equal(validate(broken), false);
  });

  it('puts rule metadata in tool.driver.rules and the resource ARN in a logical location', () => {
    const log = JSON.parse(renderSarif(hostileResult(), { rules: [{ id: 'vpc_security_group_ingress_from_internet_to_port_22', title: 'T', description: 'D', risk: 'R', references: ['CIS 5.2'] }] }));
    const run = log.runs[0];
    assert.equal(run.tool.driver.rules.length, 1);
    assert.equal(run.tool.driver.rules[0].fullDescription.text, 'D R');
    assert.equal(run.tool.driver.rules[0].properties['security-severity'], '8.0');
    const byId = Object.fromEntries(run.results.map((r: { partialFingerprints: Record<string, string> }) => [r.partialFingerprints['postureFindingId/v1'], r]));
    assert.equal(byId.f1.kind, 'fail');
    assert.equal(byId.f1.level, 'error');
    assert.equal(byId.f2.kind, 'open');
    assert.equal(byId.f3.kind, 'pass');
    assert.equal(byId.f4.suppressions[0].justification, 'accepted <risk>');
    assert.equal(byId.f2.locations[0].logicalLocations[0].fullyQualifiedName, 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-0abc');
    assert.equal(run.invocations[0].toolExecutionNotifications.length, 1);
  });
});
