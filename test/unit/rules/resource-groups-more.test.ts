import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import taggedPii from '../../../src/rules/resource-groups/resource_groups_tagged_resource_tags_no_personal_data.js';
import groupPii from '../../../src/rules/resource-groups/resource_groups_group_tags_no_personal_data.js';
import nameSecrets from '../../../src/rules/resource-groups/resource_groups_tagged_resource_name_no_secrets.js';
import keyCase from '../../../src/rules/resource-groups/resource_groups_tag_keys_consistent_case.js';
import byType from '../../../src/rules/resource-groups/resource_groups_tagged_resource_required_tags_by_type.js';
import { personalData } from '../../../src/rules/lib/personalData.js';
import { resource, run, statusOf } from '../../helpers/inventory.js';

const tagged = (id: string, tags: Record<string, string>, resourceType = 'ecr:repository', name = id) =>
  resource('AWS::ResourceGroupsTaggingAPI::TaggedResource', { id, name, arn: id, tags, resourceType });
const group = (id: string, f: { tags?: Record<string, string> | null; description?: string } = {}) =>
  resource('AWS::ResourceGroups::Group', {
    id,
    name: id,
    description: f.description,
    query: { ok: true, value: { type: 'TAG_FILTERS_1_0', query: '{}' } },
    tagsRead: f.tags === null ? { ok: false, error: 'AccessDenied' } : { ok: true, value: f.tags ?? {} },
    memberCount: { ok: true, value: 1 },
  });

describe('personalData', () => {
  it('finds e-mails and international phone numbers, not account ids, dates or versions', () => {
    assert.deepEqual(personalData('team alice.smith@example.co.uk', ['email', 'phone']), ['e-mail address']);
    assert.deepEqual(personalData('+44 20 7946 0958', ['email', 'phone']), ['telephone number']);
    for (const v of ['111122223333', '2024-05-01', 'v1.2.3', '+1', 'arn:aws:iam::111122223333:role/x']) assert.deepEqual(personalData(v, ['email', 'phone']), [], v);
    assert.deepEqual(personalData('x@y.io', ['phone']), []);
  });
});

describe('resource_groups_tagged_resource_tags_no_personal_data', () => {
  it('fails an e-mail or phone in a tag value without echoing it, passes neutral tags, honours exemptTagKeys', () => {
    const f = run(taggedPii, [tagged('arn:r1', { Owner: 'bob@example.com' }), tagged('arn:r2', { Contact: '+1 206 555 0100' }), tagged('arn:r3', { Owner: 'team-ml', Env: 'prod' })]);
    assert.equal(statusOf(f, 'arn:r1'), 'FAIL');
    assert.ok(!f.find((x) => x.resource.id === 'arn:r1')!.message.includes('bob@'));
    assert.equal(statusOf(f, 'arn:r2'), 'FAIL');
    assert.equal(statusOf(f, 'arn:r3'), 'PASS');
    assert.equal(statusOf(run(taggedPii, [tagged('arn:r1', { Owner: 'bob@example.com' })], { params: { exemptTagKeys: ['Owner'] } })), 'PASS');
  });
  it('is ERROR when tagged resources could not be listed', () => assert.equal(statusOf(run(taggedPii, [], { failed: [{ collector: 'tagging.resources' }] })), 'ERROR'));
});

describe('resource_groups_group_tags_no_personal_data', () => {
  it('fails personal data in group tags or description, passes a clean group', () => {
    const f = run(groupPii, [group('g-tag', { tags: { Owner: 'carol@example.com' } }), group('g-desc', { description: 'call +49 30 1234 5678 on failure' }), group('g-ok', { tags: { Team: 'ml' }, description: 'ML workloads' })]);
    assert.equal(statusOf(f, 'g-tag'), 'FAIL');
    assert.equal(statusOf(f, 'g-desc'), 'FAIL');
    assert.equal(statusOf(f, 'g-ok'), 'PASS');
  });
  it('is ERROR when a group\'s tags could not be read, and when groups could not be listed', () => {
    assert.equal(statusOf(run(groupPii, [group('g', { tags: null })])), 'ERROR');
    assert.equal(statusOf(run(groupPii, [], { failed: [{ collector: 'resourceGroups.groups' }] })), 'ERROR');
  });
});

describe('resource_groups_tagged_resource_name_no_secrets', () => {
  it('fails a name holding an access key id without echoing it, passes a plain name', () => {
    const f = run(nameSecrets, [tagged('arn:aws:s3:::AKIAIOSFODNN7EXAMPLE', {}, 's3:bucket', 'AKIAIOSFODNN7EXAMPLE'), tagged('arn:aws:s3:::ml-models', {}, 's3:bucket', 'ml-models')]);
    assert.equal(statusOf(f, 'arn:aws:s3:::AKIAIOSFODNN7EXAMPLE'), 'FAIL');
    assert.ok(!f.find((x) => x.status === 'FAIL')!.message.includes('AKIA'));
    assert.equal(statusOf(f, 'arn:aws:s3:::ml-models'), 'PASS');
  });
  it('is ERROR when tagged resources could not be listed', () => assert.equal(statusOf(run(nameSecrets, [], { failed: [{ collector: 'tagging.resources' }] })), 'ERROR'));
});

describe('resource_groups_tag_keys_consistent_case', () => {
  it('fails when a key is spelled two ways, passes otherwise, ignores aws: keys', () => {
    const f = run(keyCase, [tagged('a', { Owner: 'x' }), tagged('b', { owner: 'y' })]);
    assert.equal(statusOf(f), 'FAIL');
    assert.match(f[0].message, /"Owner" \/ "owner"/);
    assert.equal(statusOf(run(keyCase, [tagged('a', { Owner: 'x', 'aws:cloudformation:stack-name': 's' }), tagged('b', { Owner: 'y', 'AWS:CloudFormation:Stack-Name': 's' })])), 'PASS');
  });
  it('is ERROR when tagged resources could not be listed in some Region', () =>
    assert.equal(statusOf(run(keyCase, [tagged('a', { Owner: 'x' })], { regions: ['us-east-1', 'eu-west-1'], failed: [{ collector: 'tagging.resources', region: 'eu-west-1' }] })), 'ERROR'));
});

describe('resource_groups_tagged_resource_required_tags_by_type', () => {
  const params = { requiredTagKeysByType: { 'ecr:repository': ['owner'], 'sagemaker:*': ['owner', 'data-classification'] } };
  it('requires keys only on matching types, with wildcards; reports nothing without configuration', () => {
    const f = run(
      byType,
      [tagged('repo-ok', { owner: 'ml' }), tagged('repo-bad', {}), tagged('ep-bad', { owner: 'ml' }, 'sagemaker:endpoint'), tagged('bucket', {}, 's3:bucket')],
      { params },
    );
    assert.equal(statusOf(f, 'repo-ok'), 'PASS');
    assert.equal(statusOf(f, 'repo-bad'), 'FAIL');
    assert.equal(statusOf(f, 'ep-bad'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'ep-bad')!.message, /data-classification/);
    assert.equal(f.filter((x) => x.resource.id === 'bucket').length, 0);
    assert.equal(run(byType, [tagged('repo-bad', {})]).length, 0);
  });
  it('is ERROR when tagged resources could not be listed', () => assert.equal(statusOf(run(byType, [], { params, failed: [{ collector: 'tagging.resources' }] })), 'ERROR'));
});
