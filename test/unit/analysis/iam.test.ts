import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceGrants, unboundServiceGrants } from '../../../src/analysis/iam/confusedDeputy.js';
import { principalAccount, publicStatements } from '../../../src/analysis/iam/publicAccess.js';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const allow = (Principal: unknown, Condition?: unknown) => ({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: '*', ...(Condition ? { Condition } : {}) });

describe('publicStatements', () => {
  const cases: Array<{ name: string; policy: unknown; opts?: Parameters<typeof publicStatements>[1]; expected: Array<{ kind: string; statement: string }> }> = [
    { name: 'Principal "*" with no condition is public', policy: doc(allow('*')), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: '{"AWS": "*"} is public', policy: doc({ Sid: 'Open', ...allow({ AWS: '*' }) }), expected: [{ kind: 'everyone', statement: "statement 'Open'" }] },
    { name: '{"AWS": ["*"]} in a list is public', policy: doc(allow({ AWS: ['arn:aws:iam::111122223333:root', '*'] })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'aws:SourceAccount with StringEquals restricts', policy: doc(allow('*', { StringEquals: { 'aws:SourceAccount': '111122223333' } })), expected: [] },
    { name: 'AWS:* with aws:PrincipalOrgID is not public', policy: doc(allow({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })), expected: [] },
    { name: 'condition keys compare case-insensitively', policy: doc(allow('*', { StringEquals: { 'AWS:principalorgid': 'o-abc123' } })), expected: [] },
    { name: 'aws:SourceVpce restricts', policy: doc(allow('*', { StringEquals: { 'aws:SourceVpce': 'vpce-1' } })), expected: [] },
    { name: 'aws:SourceIp with a real range restricts', policy: doc(allow('*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })), expected: [] },
    { name: 'aws:SourceIp 0.0.0.0/0 does not restrict', policy: doc(allow('*', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0.0.0.0/0'] } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'a negated operator does not restrict', policy: doc(allow('*', { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'an IfExists operator does not restrict', policy: doc(allow('*', { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'ForAllValues does not restrict (true when the key is absent)', policy: doc(allow('*', { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgPaths': 'o-a/r-b/' } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'ForAnyValue:StringLike on org paths restricts', policy: doc(allow('*', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a/r-b/ou-c/*' } })), expected: [] },
    { name: 'a wildcard value does not restrict', policy: doc(allow('*', { StringLike: { 'aws:PrincipalArn': '*' } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'an any-account ARN pattern does not restrict', policy: doc(allow('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'an unrelated condition does not restrict', policy: doc(allow('*', { Bool: { 'aws:SecureTransport': 'true' } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'Deny statements are ignored', policy: doc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }), expected: [] },
    { name: 'Allow with NotPrincipal admits everyone else', policy: doc({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*', Resource: '*' }), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'Deny with NotPrincipal is ignored', policy: doc({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*', Resource: '*' }), expected: [] },
    { name: 'a service principal is not public', policy: doc(allow({ Service: 'cloudtrail.amazonaws.com' })), expected: [] },
    { name: 'a named account is not public when trusted accounts are not asked about', policy: doc(allow({ AWS: 'arn:aws:iam::999988887777:root' })), expected: [] },
    {
      name: 'a named account outside trusted accounts is external, whatever the condition',
      policy: doc(allow({ AWS: ['arn:aws:iam::999988887777:role/x', '111122223333'] }, { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } })),
      opts: { trustedAccounts: ['111122223333'] },
      expected: [{ kind: 'external-account', statement: 'statement #1' }],
    },
    { name: 'an extra restricting key counts when given', policy: doc(allow({ AWS: '*' }, { StringEquals: { 'kms:CallerAccount': '111122223333' } })), opts: { extraRestrictingKeys: ['kms:CallerAccount'] }, expected: [] },
    { name: 'an extra key is not restricting unless given', policy: doc(allow({ AWS: '*' }, { StringEquals: { 'kms:CallerAccount': '111122223333' } })), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'JSON text is parsed', policy: JSON.stringify(doc(allow('*'))), expected: [{ kind: 'everyone', statement: 'statement #1' }] },
    { name: 'no document means nothing public', policy: null, expected: [] },
  ];
  for (const c of cases)
    it(c.name, () =>
      assert.deepEqual(
        publicStatements(c.policy, c.opts).map((s) => ({ kind: s.kind, statement: s.statement })),
        c.expected,
      ),
    );

  it('lists the external principals it found', () => {
    const [s] = publicStatements(doc(allow({ AWS: ['arn:aws:iam::999988887777:role/x', '111122223333', 'AROAEXAMPLEID'] })), { trustedAccounts: ['111122223333'] });
    assert.deepEqual(s.principals, ['arn:aws:iam::999988887777:role/x']);
  });
  it('reads accounts from principal forms', () => {
    assert.equal(principalAccount('111122223333'), '111122223333');
    assert.equal(principalAccount('arn:aws:iam::111122223333:root'), '111122223333');
    assert.equal(principalAccount('arn:aws:sts::111122223333:assumed-role/r/s'), '111122223333');
    assert.equal(principalAccount('AROAEXAMPLEID'), undefined);
  });
});

describe('serviceGrants', () => {
  const svc = (Condition?: unknown) => doc({ Effect: 'Allow', Principal: { Service: ['config.amazonaws.com', 'cloudtrail.amazonaws.com'] }, Action: 's3:PutObject', Resource: '*', ...(Condition ? { Condition } : {}) });
  it('lists each service of an unconditioned grant as unbound, with its actions', () => {
    const g = unboundServiceGrants(svc());
    assert.deepEqual(g.map((x) => x.service), ['config.amazonaws.com', 'cloudtrail.amazonaws.com']);
    assert.deepEqual(g[0].actions, ['s3:PutObject']);
  });
  it('binds with aws:SourceAccount / aws:SourceArn under binding operators', () => {
    assert.deepEqual(unboundServiceGrants(svc({ StringEquals: { 'aws:SourceAccount': '111122223333' } })), []);
    assert.deepEqual(unboundServiceGrants(svc({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:111122223333:trail/*' } })), []);
  });
  it('does not bind with negated, IfExists, ForAllValues or wildcard conditions', () => {
    for (const c of [
      { StringNotEquals: { 'aws:SourceAccount': '111122223333' } },
      { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } },
      { 'ForAllValues:StringEquals': { 'aws:SourceAccount': '111122223333' } },
      { StringLike: { 'aws:SourceArn': '*' } },
      { ArnLike: { 'aws:SourceArn': 'arn:aws:logs:us-east-1:*:*' } },
    ])
      assert.equal(unboundServiceGrants(svc(c)).length, 2, JSON.stringify(c));
  });
  it('accepts extra binding keys when the caller names them', () => {
    const d = svc({ ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-east-1:111122223333:log-group:*' } });
    assert.equal(unboundServiceGrants(d).length, 2);
    assert.equal(unboundServiceGrants(d, { extraKeys: ['kms:EncryptionContext:aws:logs:arn'] }).length, 0);
    assert.equal(serviceGrants(d, { extraKeys: ['kms:EncryptionContext:aws:logs:arn'] })[0].bindings[0].key, 'kms:EncryptionContext:aws:logs:arn');
  });
  it('ignores Deny statements and non-service principals', () => {
    assert.deepEqual(serviceGrants(doc({ Effect: 'Deny', Principal: { Service: 'config.amazonaws.com' }, Action: '*', Resource: '*' }, allow({ AWS: '*' }))), []);
  });
});
