import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import accountImds from '../../../src/rules/ec2/ec2_account_imds_default_requires_imdsv2.js';
import templateImds from '../../../src/rules/ec2/ec2_launch_template_imdsv2_required.js';
import type { Collected } from '../../../src/inventory/base.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

const settings = (imdsDefaults: Collected<{ httpTokens?: string }>) =>
  resource('AWS::EC2::AccountSettings', { id: `${ACCOUNT}/${REGION}`, name: 'EC2 settings', ebsEncryptionByDefault: { ok: true, value: true }, imdsDefaults });

describe('ec2_account_imds_default_requires_imdsv2', () => {
  it('passes for required, fails for optional or no preference', () => {
    assert.equal(statusOf(run(accountImds, [settings({ ok: true, value: { httpTokens: 'required' } })])), 'PASS');
    assert.equal(statusOf(run(accountImds, [settings({ ok: true, value: { httpTokens: 'optional' } })])), 'FAIL');
    assert.equal(statusOf(run(accountImds, [settings({ ok: true, value: {} })])), 'FAIL');
  });
  it('is ERROR when the defaults could not be read or the unit failed', () => {
    assert.equal(statusOf(run(accountImds, [settings({ ok: false, error: 'UnauthorizedOperation' })])), 'ERROR');
    assert.equal(statusOf(run(accountImds, [], { failed: [{ collector: 'ec2.accountSettings' }] })), 'ERROR');
  });
});

describe('ec2_launch_template_imdsv2_required', () => {
  const lt = (id: string, metadataOptions?: { httpTokens?: string; httpEndpoint?: string }, imageReferences: Collected<string[]> = { ok: true, value: [] }) =>
    resource('AWS::EC2::LaunchTemplate', { id, name: id, defaultVersion: 3, imageReferences, metadataOptions });
  it('passes for required tokens or a disabled endpoint, fails for optional or unset options', () => {
    const f = run(templateImds, [lt('lt-v2', { httpTokens: 'required' }), lt('lt-off', { httpEndpoint: 'disabled' }), lt('lt-v1', { httpTokens: 'optional' }), lt('lt-unset')]);
    assert.equal(statusOf(f, 'lt-v2'), 'PASS');
    assert.equal(statusOf(f, 'lt-off'), 'PASS');
    assert.equal(statusOf(f, 'lt-v1'), 'FAIL');
    assert.equal(statusOf(f, 'lt-unset'), 'FAIL');
  });
  it('is ERROR when the default version could not be read or the unit failed', () => {
    assert.equal(statusOf(run(templateImds, [lt('lt-x', undefined, { ok: false, error: 'AccessDenied' })])), 'ERROR');
    assert.equal(statusOf(run(templateImds, [], { failed: [{ collector: 'ec2.launchTemplates' }] })), 'ERROR');
  });
});
