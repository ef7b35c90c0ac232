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

describe('public access weighs Denies and explains itself', () => {
  it('a "*" Allow that a Deny takes back from outsiders is not public', () => {
    const p = doc(allow('*'), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } } });
    assert.deepEqual(publicStatements(p), []);
  });
  it('a Deny unless through a VPC endpoint does not stop an outsider with an endpoint of its own', () => {
    const p = doc(allow('*'), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Null: { 'aws:SourceVpce': 'true' } } });
    assert.equal(publicStatements(p).length, 1);
  });
  it('a Deny of the granted action for everyone leaves nothing public; a Deny of another action does not', () => {
    assert.deepEqual(publicStatements(doc(allow('*'), { Effect: 'Deny', Principal: '*', Action: 's3:Get*', Resource: '*' })), []);
    assert.equal(publicStatements(doc(allow('*'), { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: '*' })).length, 1);
  });
  it('an aws:PrincipalArn pattern with a wildcard account is public; with our account it is not', () => {
    assert.equal(publicStatements(doc(allow({ AWS: '*' }, { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deployer' } }))).length, 1);
    assert.deepEqual(publicStatements(doc(allow({ AWS: '*' }, { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }))), []);
  });
  it('a private aws:SourceIp range is not reachable by an outsider; a /4 is', () => {
    assert.deepEqual(publicStatements(doc(allow('*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))), []);
    assert.equal(publicStatements(doc(allow('*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/4' } }))).length, 1);
  });
  it('an endpoint or org pattern that names no one in particular does not restrict', () => {
    assert.equal(publicStatements(doc(allow('*', { StringLike: { 'aws:SourceVpce': 'vpce-*' } }))).length, 1);
    assert.equal(publicStatements(doc(allow({ AWS: '*' }, { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }))).length, 1);
    assert.deepEqual(publicStatements(doc(allow('*', { StringLike: { 'aws:SourceVpce': 'vpce-0a1b2c*' } }))), []);
  });
  it('says which outsider request got in', () => {
    const [s] = publicStatements(doc(allow('*', { StringLike: { 'aws:SourceAccount': '*' } })));
    assert.match(s.reason ?? '', /aws:SourceAccount=\d{12}/);
  });
  it('reports accounts that only a condition names', () => {
    const p = doc(allow('*', { StringEquals: { 'aws:PrincipalAccount': '444455556666' } }));
    assert.deepEqual(publicStatements(p), []);
    const ext = publicStatements(p, { trustedAccounts: ['111122223333'] });
    assert.deepEqual(ext.map((e) => [e.kind, e.principals]), [['external-account', ['account 444455556666 (through conditions)']]]);
  });
});

describe('privileges by probe requests', () => {
  it('administrativeGrants needs every action on every resource, sensitive services included', async () => {
    const { administrativeGrants } = await import('../../../src/analysis/iam/privileges.js');
    assert.equal(administrativeGrants([doc({ Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' })])[0].label, "statement 'All'");
    assert.deepEqual(administrativeGrants([doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' })]), []);
    assert.equal(administrativeGrants([doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })]).length, 1);
    // Split over two policies of the set still adds up to admin.
    assert.equal(administrativeGrants([doc({ Effect: 'Allow', Action: '*', Resource: '*' }), doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })]).length, 1);
  });
  it('wildcardResourceGrants finds iam:PassRole on every role of the account, not on one role', async () => {
    const { wildcardResourceGrants } = await import('../../../src/analysis/iam/privileges.js');
    assert.equal(wildcardResourceGrants([doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/*' })], 'iam:PassRole', '111122223333').length, 1);
    assert.deepEqual(wildcardResourceGrants([doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app' })], 'iam:PassRole', '111122223333'), []);
  });
  it('serviceWideGrants lists sensitive services granted with "svc:*" on "*"', async () => {
    const { serviceWideGrants } = await import('../../../src/analysis/iam/privileges.js');
    const p = doc({ Effect: 'Allow', Action: ['s3:*', 'kms:*', 'ec2:Describe*'], Resource: '*' });
    assert.deepEqual(serviceWideGrants([p]).map((g) => g.service), ['kms', 's3']);
    assert.deepEqual(serviceWideGrants([doc({ Effect: 'Allow', Action: '*', Resource: '*' })]).map((g) => g.service), ['iam', 'kms', 's3', 'sts', 'organizations', 'ec2']);
  });
  it('deniedForEveryone needs the Deny to cover every caller', async () => {
    const { deniedForEveryone } = await import('../../../src/analysis/iam/privileges.js');
    const tls = { Sid: 'TLS', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
    assert.deepEqual(deniedForEveryone(doc(tls), ['s3:GetObject', 's3:PutObject'], { 'aws:SecureTransport': 'false' })?.map((d) => d.label), ["statement 'TLS'"]);
    assert.equal(deniedForEveryone(doc({ ...tls, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }), ['s3:GetObject'], { 'aws:SecureTransport': 'false' }), undefined);
    const exempt = { ...tls, Condition: { ...tls.Condition, StringNotEquals: { 'aws:PrincipalAccount': '000000000000' } } };
    assert.equal(deniedForEveryone(doc(exempt), ['s3:GetObject'], { 'aws:SecureTransport': 'false' }), undefined);
  });
});

describe('evaluator details', () => {
  it('substitutes policy variables with defaults and literal escapes', async () => {
    const { substitute, literal } = await import('../../../src/analysis/iam/patterns.js');
    const ctx = new Map([['aws:username', ['carlos']]]);
    assert.equal(substitute('home/${aws:username}/*', ctx, true), 'home/carlos/*');
    assert.equal(substitute("${aws:PrincipalTag/team, 'none'}", ctx, true), 'none');
    assert.equal(literal(substitute('a${*}b', ctx, true)!), 'a*b');
    assert.equal(substitute('${aws:userid}', ctx, true), undefined);
    assert.equal(substitute('${aws:username}', ctx, false), '${aws:username}');
  });
  it('reports the statements that decided, with Sid or index', async () => {
    const { evaluateRequest } = await import('../../../src/analysis/iam/evaluate.js');
    const r = evaluateRequest({
      identityPolicies: [{ name: 'p', document: doc({ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/secret/*' }) }],
      request: { principal: { type: 'AWS', arn: 'arn:aws:iam::111122223333:user/u' }, action: 's3:GetObject', resource: 'arn:aws:s3:::b/secret/x' },
    });
    assert.equal(r.decision, 'ExplicitDeny');
    assert.deepEqual(r.matched.map((m) => [m.policy, m.statement, m.effect]), [['p', 'Read', 'Allow'], ['p', 1, 'Deny']]);
  });
  it('an unknown condition operator or Effect grants nothing', async () => {
    const { evaluateRequest } = await import('../../../src/analysis/iam/evaluate.js');
    const req = { principal: { type: 'AWS' as const, arn: 'arn:aws:iam::111122223333:user/u' }, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
    assert.equal(evaluateRequest({ identityPolicies: [doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringSorta: { 'aws:username': 'u' } } })], request: req }).decision, 'ImplicitDeny');
    assert.equal(evaluateRequest({ identityPolicies: [doc({ Effect: 'Permit', Action: '*', Resource: '*' })], request: req }).decision, 'ImplicitDeny');
  });
});
