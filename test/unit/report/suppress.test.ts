import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { applySuppressions, globToRegExp, matches, suppressionsSchema, type MatchExpr, type Suppression } from '../../../src/report/suppress.js';
import { finding } from '../../helpers/scanResult.js';

const sg22 = finding({ id: 'a', resource: { type: 'AWS::EC2::SecurityGroup', id: 'sg-0abc', arn: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-0abc', account: '111122223333', region: 'us-east-1' } });
const flow = finding({ id: 'b', ruleId: 'vpc_flow_logs_enabled', resource: { type: 'AWS::EC2::VPC', id: 'vpc-1', account: '444455556666', region: 'eu-west-1' } });
const pass = finding({ id: 'c', status: 'PASS' });
const err = finding({ id: 'd', status: 'ERROR', ruleId: 'vpc_flow_logs_enabled', resource: { type: 'AWS::Region', id: '111122223333/eu-west-1', account: '111122223333', region: 'eu-west-1' } });
const tags: Record<string, Record<string, string>> = { 'sg-0abc': { env: 'sandbox-7', team: 'ml' }, 'vpc-1': { env: 'prod' } };
const tagsOf = (r: { id: string }) => tags[r.id];
const asOf = new Date('2026-06-15T12:00:00Z');

const parseConfig = (yaml: string) => suppressionsSchema.parse(parse(yaml));

describe('suppression expressions', () => {
  it('a leaf is AND over its fields; a list value is OR over its entries', () => {
    assert.ok(matches({ rule: 'vpc_security_group_*', region: 'us-east-1' }, sg22));
    assert.ok(!matches({ rule: 'vpc_security_group_*', region: 'eu-*' }, sg22));
    assert.ok(matches({ region: ['eu-west-1', 'us-east-1'] }, sg22));
    assert.ok(matches({ resource: 'arn:aws:ec2:*:security-group/sg-0*' }, sg22), 'glob on the ARN');
    assert.ok(matches({ resource: 'sg-0ab?' }, sg22), 'glob on the id');
    assert.ok(!matches({ resource: 'sg-0ab' }, sg22), 'globs are anchored');
  });

  it('combines with all (AND) and any (OR), nested', () => {
    const expr: MatchExpr = { any: [{ all: [{ account: '444455556666' }, { rule: 'vpc_flow_logs_enabled' }] }, { all: [{ region: 'us-east-1' }, { tag: { env: 'sandbox-*' } }] }] };
    assert.ok(matches(expr, flow), 'first branch');
    assert.ok(matches(expr, sg22, tagsOf), 'second branch');
    assert.ok(!matches(expr, sg22), 'without tags the tag condition cannot match');
    assert.ok(!matches(expr, err, tagsOf), 'neither branch');
    assert.ok(!matches({ all: [{ region: 'us-east-1' }, { region: 'eu-west-1' }] }, sg22));
  });

  it('matches tags by key and value glob', () => {
    assert.ok(matches({ tag: { env: 'sandbox-*', team: 'ml' } }, sg22, tagsOf));
    assert.ok(!matches({ tag: { env: 'sandbox-*', team: 'data' } }, sg22, tagsOf));
    assert.ok(!matches({ tag: { owner: '*' } }, sg22, tagsOf), 'a missing key does not match even *');
  });

  it('treats regex characters in globs literally', () => {
    assert.ok(globToRegExp('a.b(c)').test('a.b(c)'));
    assert.ok(!globToRegExp('a.b').test('axb'));
  });
});

describe('suppression config', () => {
  it('requires a reason', () => {
    assert.throws(() => parseConfig('- match: { rule: x }'), /reason/);
    assert.throws(() => parseConfig('- reason: "  "\n  match: { rule: x }'), /needs a reason/);
  });

  it('validates expiry dates, including YAML dates', () => {
    assert.equal(parseConfig('- reason: r\n  expires: 2026-12-31\n  match: { rule: x }')[0].expires, '2026-12-31');
    assert.throws(() => parseConfig('- reason: r\n  expires: "2026-02-30"\n  match: { rule: x }'), /YYYY-MM-DD/);
    assert.throws(() => parseConfig('- reason: r\n  expires: next week\n  match: { rule: x }'), /YYYY-MM-DD/);
  });

  it('rejects empty matches and unknown fields', () => {
    assert.throws(() => parseConfig('- reason: r\n  match: {}'));
    assert.throws(() => parseConfig('- reason: r\n  match: { rules: x }'));
    assert.throws(() => parseConfig('- reason: r\n  match: { any: [] }'));
  });

  it('parses nested any/all from YAML', () => {
    const [s] = parseConfig('- reason: sandbox\n  match:\n    any:\n      - { rule: vpc_flow_logs_enabled, account: "444455556666" }\n      - all: [ { region: us-east-1 }, { tag: { env: sandbox-* } } ]\n');
    assert.ok(matches(s.match, flow) && matches(s.match, sg22, tagsOf));
  });
});

describe('applySuppressions', () => {
  const findings = [sg22, flow, pass, err];

  it('mutes matching FAIL and ERROR findings, keeping the original status and reason; PASS is untouched', () => {
    const s: Suppression[] = [{ reason: 'accepted: SEC-1', match: { any: [{ resource: 'sg-*' }, { rule: 'vpc_flow_logs_enabled', region: 'eu-west-1' }, { resource: pass.resource.id }] } }];
    const out = applySuppressions(findings, s, asOf);
    assert.deepEqual(out.findings.map((f) => f.status), ['MUTED', 'MUTED', 'PASS', 'MUTED']);
    assert.deepEqual(out.findings[0].evidence.suppression, { originalStatus: 'FAIL', reason: 'accepted: SEC-1' });
    assert.deepEqual((out.findings[3].evidence.suppression as { originalStatus: string }).originalStatus, 'ERROR');
    assert.deepEqual(out.findings[0].evidence.openRules, sg22.evidence.openRules);
    assert.deepEqual(out.mutedBy, [3]);
    assert.deepEqual(out.warnings, []);
    assert.equal(findings[0].status, 'FAIL', 'input not mutated');
  });

  it('applies through the expiry day and warns once expired, reporting the findings again', () => {
    const s: Suppression[] = [{ reason: 'temporary', expires: '2026-06-15', match: { rule: 'vpc_security_group_*' } }];
    assert.equal(applySuppressions(findings, s, asOf).findings[0].status, 'MUTED');
    const later = applySuppressions(findings, s, new Date('2026-06-16T00:00:00Z'));
    assert.equal(later.findings[0].status, 'FAIL');
    assert.deepEqual(later.warnings, ['suppression 1 ("temporary") expired on 2026-06-15; 1 finding(s) it matches are reported again']);
  });

  it('lets a later suppression apply when an earlier matching one has expired', () => {
    const s: Suppression[] = [
      { reason: 'old', expires: '2020-01-01', match: { resource: 'sg-0abc' } },
      { reason: 'new', match: { tag: { team: 'ml' } } },
    ];
    const out = applySuppressions(findings, s, asOf, tagsOf);
    assert.equal((out.findings[0].evidence.suppression as { reason: string }).reason, 'new');
    assert.equal(out.warnings.length, 1);
  });
});
