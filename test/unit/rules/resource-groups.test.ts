import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import hasMembers from '../../../src/rules/resource-groups/resource_groups_group_has_members.js';
import nameNoSecrets from '../../../src/rules/resource-groups/resource_groups_group_name_description_no_secrets.js';
import groupRequired from '../../../src/rules/resource-groups/resource_groups_group_required_tags.js';
import groupTagSecrets from '../../../src/rules/resource-groups/resource_groups_group_tags_no_secrets.js';
import resourceRequired from '../../../src/rules/resource-groups/resource_groups_tagged_resource_required_tags.js';
import resourceTagSecrets from '../../../src/rules/resource-groups/resource_groups_tagged_resource_tags_no_secrets.js';
import { failed, ok, type Collected } from '../../../src/inventory/base.js';
import { sensitiveTags, sensitiveText } from '../../../src/analysis/secrets/sensitiveText.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

const DENIED = 'AccessDeniedException: denied';
// Built at run time so this file does not itself look like it holds credentials.
const FAKE_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const FAKE_SECRET = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');

function group(name: string, o: { tags?: Collected<Record<string, string>>; description?: string; members?: Collected<number> } = {}) {
  const tagsRead = o.tags ?? ok({});
  return resource('AWS::ResourceGroups::Group', {
    id: `arn:aws:resource-groups:${REGION}:${ACCOUNT}:group/${name}`,
    name,
    tags: tagsRead.ok ? (tagsRead.value ?? {}) : {},
    description: o.description,
    query: ok({ type: 'TAG_FILTERS_1_0', query: '{"ResourceTypeFilters":["AWS::AllSupported"],"TagFilters":[{"Key":"app","Values":["web"]}]}' }),
    tagsRead,
    memberCount: o.members ?? ok(3),
  });
}

const tagged = (id: string, tags: Record<string, string>, resourceType = 'ec2:instance') =>
  resource('AWS::ResourceGroupsTaggingAPI::TaggedResource', { id, arn: id, name: id, tags, resourceType });

describe('sensitiveText detector', () => {
  it('flags credential shapes and secret-named keys with secret-looking values', () => {
    const hits = sensitiveTags({
      k1: FAKE_KEY_ID,
      k2: FAKE_SECRET,
      DbPassword: 'Summer2024x',
      api_key: 'x9Ab37fQk2',
      url: 'postgres://app:pw123456@db.internal:5432/app',
      cert: '-----BEGIN RSA PRIVATE KEY-----',
      note: 'password=Hunter2Hunter2',
    });
    assert.deepEqual(hits.map((h) => h.key).sort(), ['DbPassword', 'api_key', 'cert', 'k1', 'k2', 'note', 'url']);
  });
  it('does not flag references, flags, dates, ordinary words, or email addresses by default', () => {
    const hits = sensitiveTags({
      SecretArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:db-AbC123`,
      PasswordParam: '/prod/db/Password1',
      secret_rotation: 'enabled',
      token_expiry: '2025-01-01',
      Owner: 'alice@example.com',
      Name: 'web-server-01',
      tokenizer: 'BertWordPiece99',
    });
    assert.deepEqual(hits, []);
  });
  it('flags an access key inside a tag key without repeating it', () => {
    const hits = sensitiveTags({ [FAKE_KEY_ID]: 'x' });
    assert.equal(hits.length, 1);
    assert.equal(hits[0].key, '(redacted)');
  });
  it('applies extra patterns; free text needs a credential shape', () => {
    assert.equal(sensitiveTags({ Owner: 'alice@example.com' }, [/[\w.]+@[\w.]+\.[a-z]{2,}/i]).length, 1);
    assert.equal(sensitiveText('description', 'secret: enabled').length, 0);
    assert.equal(sensitiveText('description', `uses key ${FAKE_KEY_ID}`).length, 1);
  });
});

describe('resource_groups_group_tags_no_secrets', () => {
  it('fails for a group tagged with a credential, passes for ordinary tags', () => {
    const f = run(groupTagSecrets, [group('leaky', { tags: ok({ DeployKey: FAKE_KEY_ID }) }), group('clean', { tags: ok({ Owner: 'team-web', env: 'prod' }) })]);
    assert.equal(statusOf(f, group('leaky').id), 'FAIL');
    assert.equal(statusOf(f, group('clean').id), 'PASS');
    assert.ok(!JSON.stringify(f).includes(FAKE_KEY_ID), 'the credential must not appear in findings');
  });
  it('applies extraPatterns from params', () => {
    const f = run(groupTagSecrets, [group('owner', { tags: ok({ Owner: 'alice@example.com' }) })], { params: { extraPatterns: ['@example\\.com$'] } });
    assert.equal(statusOf(f), 'FAIL');
  });
  it('is ERROR when the group tags could not be read, or groups could not be listed', () => {
    assert.equal(statusOf(run(groupTagSecrets, [group('g', { tags: failed(DENIED) })])), 'ERROR');
    assert.equal(statusOf(run(groupTagSecrets, [], { failed: [{ collector: 'resourceGroups.groups' }] })), 'ERROR');
  });
});

describe('resource_groups_tagged_resource_tags_no_secrets', () => {
  it('fails for a resource with a secret tag, passes for a clean one, leaves resource groups to their own rule', () => {
    const f = run(resourceTagSecrets, [
      tagged('arn:aws:ec2:us-east-1:111122223333:instance/i-1', { Name: 'web', DB_PASSWORD: 'Tr0ub4dor3x' }),
      tagged('arn:aws:s3:::logs', { Owner: 'team' }, 's3:bucket'),
      tagged(`arn:aws:resource-groups:${REGION}:${ACCOUNT}:group/g`, { k: FAKE_KEY_ID }, 'resource-groups:group'),
    ]);
    assert.equal(statusOf(f, 'arn:aws:ec2:us-east-1:111122223333:instance/i-1'), 'FAIL');
    assert.equal(statusOf(f, 'arn:aws:s3:::logs'), 'PASS');
    assert.equal(f.length, 2);
  });
  it('is ERROR when the Tagging API could not be read', () => assert.equal(statusOf(run(resourceTagSecrets, [], { failed: [{ collector: 'tagging.resources' }] })), 'ERROR'));
});

describe('resource_groups_group_name_description_no_secrets', () => {
  it('fails for a credential in the name or description, passes otherwise', () => {
    const f = run(nameNoSecrets, [
      group(`ops-${FAKE_KEY_ID}`),
      group('db', { description: 'connect with postgres://admin:S3cretPass@db.internal/app' }),
      group('web', { description: 'Web tier instances; secret: enabled' }),
    ]);
    assert.equal(statusOf(f, group(`ops-${FAKE_KEY_ID}`).id), 'FAIL');
    assert.equal(statusOf(f, group('db').id), 'FAIL');
    assert.equal(statusOf(f, group('web').id), 'PASS');
  });
  it('is ERROR when groups could not be listed', () => assert.equal(statusOf(run(nameNoSecrets, [], { failed: [{ collector: 'resourceGroups.groups' }] })), 'ERROR'));
});

describe('resource_groups_group_required_tags', () => {
  const params = { requiredTagKeys: ['Owner', 'env'] };
  it('reports nothing with the default empty list', () => assert.equal(run(groupRequired, [group('g')]).length, 0));
  it('fails for a missing or empty required tag, passes with all present', () => {
    const f = run(groupRequired, [group('missing', { tags: ok({ Owner: 'x' }) }), group('empty', { tags: ok({ Owner: 'x', env: '' }) }), group('ok', { tags: ok({ Owner: 'x', env: 'prod' }) })], { params });
    assert.equal(statusOf(f, group('missing').id), 'FAIL');
    assert.equal(statusOf(f, group('empty').id), 'FAIL');
    assert.equal(statusOf(f, group('ok').id), 'PASS');
  });
  it('is ERROR when tags could not be read', () => {
    assert.equal(statusOf(run(groupRequired, [group('g', { tags: failed(DENIED) })], { params })), 'ERROR');
    assert.equal(statusOf(run(groupRequired, [], { params, failed: [{ collector: 'resourceGroups.groups' }] })), 'ERROR');
  });
});

describe('resource_groups_tagged_resource_required_tags', () => {
  it('checks tag keys case-sensitively', () => {
    const f = run(resourceRequired, [tagged('arn:a', { owner: 'x' }), tagged('arn:b', { Owner: 'x' })], { params: { requiredTagKeys: ['Owner'] } });
    assert.equal(statusOf(f, 'arn:a'), 'FAIL');
    assert.equal(statusOf(f, 'arn:b'), 'PASS');
  });
  it('is ERROR when the Tagging API could not be read', () =>
    assert.equal(statusOf(run(resourceRequired, [], { params: { requiredTagKeys: ['Owner'] }, failed: [{ collector: 'tagging.resources' }] })), 'ERROR'));
});

describe('resource_groups_group_has_members', () => {
  it('fails for an empty group, passes with members, errors when members could not be listed', () => {
    const f = run(hasMembers, [group('empty', { members: ok(0) }), group('full', { members: ok(12) }), group('unknown', { members: failed('InternalFailure: not implemented') })]);
    assert.equal(statusOf(f, group('empty').id), 'FAIL');
    assert.equal(statusOf(f, group('full').id), 'PASS');
    assert.equal(statusOf(f, group('unknown').id), 'ERROR');
  });
  it('is ERROR when groups could not be listed', () => assert.equal(statusOf(run(hasMembers, [], { failed: [{ collector: 'resourceGroups.groups' }] })), 'ERROR'));
});
