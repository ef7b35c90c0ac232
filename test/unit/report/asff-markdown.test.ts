import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asffBatches, asffResourceType, renderAsff, toAsffFindings } from '../../../src/report/asff.js';
import { mdCell, renderMarkdown } from '../../../src/report/markdown.js';
import { FORMATS, FORMAT_NAMES } from '../../../src/report/formats.js';
import { finding, HOSTILE_NAME, hostileResult, scanResult } from '../../helpers/scanResult.js';

describe('ASFF writer', () => {
  it('fills the attributes BatchImportFindings requires', () => {
    const { Findings } = JSON.parse(renderAsff(hostileResult()));
    const required = ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'Types', 'CreatedAt', 'UpdatedAt', 'Severity', 'Title', 'Description', 'Resources'];
    for (const f of Findings) for (const k of required) assert.ok(f[k] !== undefined, k);
    assert.equal(Findings[0].ProductArn, 'arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default');
    assert.deepEqual(Findings.map((f: { Compliance: { Status: string } }) => f.Compliance.Status), ['FAILED', 'WARNING', 'PASSED', 'FAILED']);
    assert.equal(Findings[3].Workflow.Status, 'SUPPRESSED');
    assert.equal(Findings[0].Resources[0].Type, 'AwsEc2SecurityGroup');
  });

  it('places global resources in the home Region and splits into batches of 100', () => {
    const many = scanResult(Array.from({ length: 205 }, (_, i) => finding({ id: `g${i}`, resource: { type: 'AWS::IAM::Role', id: `r${i}`, arn: `arn:aws:iam::111122223333:role/r${i}`, account: '111122223333', region: 'global' } })));
    const fs = toAsffFindings(many, { asffRegion: 'eu-west-1' });
    assert.equal(fs[0].Resources[0].Region, 'eu-west-1');
    assert.equal(fs[0].Resources[0].Type, 'AwsIamRole');
    assert.deepEqual(asffBatches(fs).map((b) => b.Findings.length), [100, 100, 5]);
    assert.equal(asffResourceType('AWS::Logs::LogGroup'), 'Other');
  });
});

describe('Markdown writer', () => {
  it('summarises counts and escapes hostile names', () => {
    const md = renderMarkdown(hostileResult());
    assert.match(md, /1 failing, 1 could not be checked/);
    assert.ok(!md.includes(HOSTILE_NAME));
    assert.ok(md.includes(mdCell(HOSTILE_NAME)));
    assert.equal(mdCell('a|b<c>\n[x](y)'), 'a\\|b&lt;c&gt; \\[x\\]\\(y\\)');
  });
});

describe('FORMATS', () => {
  it('names the output-dir files and renders each', () => {
    assert.deepEqual(
      FORMAT_NAMES.map((n) => FORMATS[n].fileName),
      ['findings.json', 'findings.ocsf.json', 'findings.asff.json', 'findings.sarif', 'findings.junit.xml', 'findings.csv', 'findings.md', 'report.html'],
    );
    for (const n of FORMAT_NAMES) assert.ok(FORMATS[n].render(hostileResult(), {}).length > 100, n);
  });
});
