import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, ok } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import modelVpc from '../../../src/rules/sagemaker/sagemaker_model_in_vpc.js';
import jobVpc from '../../../src/rules/sagemaker/sagemaker_training_job_in_vpc.js';
import capture from '../../../src/rules/sagemaker/sagemaker_endpoint_config_data_capture_enabled.js';
import platform from '../../../src/rules/sagemaker/sagemaker_notebook_platform_supported.js';
import sso from '../../../src/rules/sagemaker/sagemaker_domain_sso_auth_mode.js';
import fullAccess from '../../../src/rules/sagemaker/sagemaker_execution_role_no_full_access.js';
import s3Scoped from '../../../src/rules/sagemaker/sagemaker_training_job_role_s3_scoped.js';
import { ACCOUNT, resource, run, statusOf } from '../../helpers/inventory.js';

const DENIED = 'AccessDeniedException: denied';
const DESCRIBE_ERROR = { describeError: `Describe: ${DENIED}` };
const VPC = { subnets: ['subnet-a'], securityGroupIds: ['sg-1'] };
const notebook = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::NotebookInstance'>> = {}) =>
  resource('AWS::SageMaker::NotebookInstance', { id, name: id, securityGroupIds: [], platformIdentifier: 'notebook-al2023-v1', ...f });
const endpointConfig = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::EndpointConfig'>> = {}) =>
  resource('AWS::SageMaker::EndpointConfig', { id, name: id, productionVariants: [{ variantName: 'v', serverless: false, instanceType: 'ml.m5.large', initialInstanceCount: 2 }], dataCaptureEnabled: true, ...f });
const model = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::Model'>> = {}) => resource('AWS::SageMaker::Model', { id, name: id, enableNetworkIsolation: true, containers: [], ...f });
const job = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::TrainingJob'>> = {}) =>
  resource('AWS::SageMaker::TrainingJob', { id, name: id, instanceCount: 1, enableInterContainerTrafficEncryption: true, enableNetworkIsolation: true, environment: {}, s3Uris: { input: ['s3://data/train/'], output: 's3://out/' }, ...f });
const domain = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::Domain'>> = {}) => resource('AWS::SageMaker::Domain', { id, name: id, authMode: 'SSO', ...f });
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const role = (name: string, f: Partial<ResourceOf<'AWS::IAM::Role'>> = {}) =>
  resource('AWS::IAM::Role', { id: name, name, arn: roleArn(name), region: 'global', path: '/', assumeRolePolicyDocument: {}, attachedPolicyArns: ok([]), inlinePolicies: ok([]), ...f });
const managed = (name: string, document: ReturnType<typeof ok<unknown>> | ReturnType<typeof failed>) =>
  resource('AWS::IAM::ManagedPolicy', { id: name, name, arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, region: 'global', attachmentCount: 1, document });
const allow = (action: string | string[], res: string | string[]) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: res }] });

describe('sagemaker_model_in_vpc', () => {
  it('fails a model without a VPC config and passes one with it', () => {
    const f = run(modelVpc, [model('open'), model('vpc', { vpcConfig: VPC })]);
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(statusOf(f, 'vpc'), 'PASS');
  });
  it('is ERROR when the model or the unit could not be read', () => {
    assert.equal(statusOf(run(modelVpc, [model('x', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(modelVpc, [], { failed: [{ collector: 'sagemaker.models' }] })), 'ERROR');
  });
});

describe('sagemaker_training_job_in_vpc', () => {
  it('fails a job without a VPC config and passes one with it', () => {
    const f = run(jobVpc, [job('open'), job('vpc', { vpcConfig: VPC })]);
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(statusOf(f, 'vpc'), 'PASS');
  });
  it('is ERROR when the job or the unit could not be read', () => {
    assert.equal(statusOf(run(jobVpc, [job('x', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(jobVpc, [], { failed: [{ collector: 'sagemaker.trainingJobs' }] })), 'ERROR');
  });
});

describe('sagemaker_endpoint_config_data_capture_enabled', () => {
  it('fails without capture, passes with it, skips serverless-only configs', () => {
    const f = run(capture, [
      endpointConfig('none', { dataCaptureEnabled: false }),
      endpointConfig('on'),
      endpointConfig('serverless', { dataCaptureEnabled: false, productionVariants: [{ variantName: 'v', serverless: true }] }),
    ]);
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(statusOf(f, 'on'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'serverless').length, 0);
  });
  it('is ERROR for an old inventory, a failed Describe or a failed unit', () => {
    assert.equal(statusOf(run(capture, [endpointConfig('old', { dataCaptureEnabled: undefined })])), 'ERROR');
    assert.equal(statusOf(run(capture, [endpointConfig('x', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(capture, [], { failed: [{ collector: 'sagemaker.endpointConfigs' }] })), 'ERROR');
  });
});

describe('sagemaker_notebook_platform_supported', () => {
  it('fails deprecated platforms, passes AL2023, follows the parameter', () => {
    const f = run(platform, [notebook('old', { platformIdentifier: 'notebook-al2-v1' }), notebook('new')]);
    assert.equal(statusOf(f, 'old'), 'FAIL');
    assert.equal(statusOf(f, 'new'), 'PASS');
    assert.equal(statusOf(run(platform, [notebook('new')], { params: { supportedPlatformIdentifiers: ['notebook-al2-v3'] } })), 'FAIL');
  });
  it('is ERROR without a platform identifier, a failed Describe or a failed unit', () => {
    assert.equal(statusOf(run(platform, [notebook('x', { platformIdentifier: undefined })])), 'ERROR');
    assert.equal(statusOf(run(platform, [notebook('y', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(platform, [], { failed: [{ collector: 'sagemaker.notebooks' }] })), 'ERROR');
  });
});

describe('sagemaker_domain_sso_auth_mode', () => {
  it('fails IAM mode and passes SSO', () => {
    const f = run(sso, [domain('d-iam', { authMode: 'IAM' }), domain('d-sso')]);
    assert.equal(statusOf(f, 'd-iam'), 'FAIL');
    assert.equal(statusOf(f, 'd-sso'), 'PASS');
  });
  it('is ERROR without an auth mode, a failed Describe or a failed unit', () => {
    assert.equal(statusOf(run(sso, [domain('d-x', { authMode: undefined })])), 'ERROR');
    assert.equal(statusOf(run(sso, [domain('d-y', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(sso, [], { failed: [{ collector: 'sagemaker.domains' }] })), 'ERROR');
  });
});

describe('sagemaker_execution_role_no_full_access', () => {
  const FULL = 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess';
  it('fails a role with AmazonSageMakerFullAccess used by a notebook, passes a scoped role, ignores unused roles', () => {
    const f = run(fullAccess, [
      role('nb-role', { attachedPolicyArns: ok([FULL]) }),
      role('job-role', { attachedPolicyArns: ok([`arn:aws:iam::${ACCOUNT}:policy/training`]) }),
      role('admin-console', { attachedPolicyArns: ok([FULL]) }),
      notebook('nb', { roleArn: roleArn('nb-role') }),
      job('j', { roleArn: roleArn('job-role') }),
    ]);
    assert.equal(statusOf(f, 'nb-role'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'nb-role')!.message, /notebook instance nb/);
    assert.equal(statusOf(f, 'job-role'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'admin-console').length, 0);
  });
  it('is ERROR when the attached policies or a unit could not be read', () => {
    assert.equal(statusOf(run(fullAccess, [role('r', { attachedPolicyArns: failed(DENIED) }), model('m', { executionRoleArn: roleArn('r') })]), 'r'), 'ERROR');
    assert.equal(statusOf(run(fullAccess, [], { failed: [{ collector: 'iam.roles', region: 'global' }] })), 'ERROR');
    assert.equal(statusOf(run(fullAccess, [], { failed: [{ collector: 'sagemaker.models' }] })), 'ERROR');
  });
});

describe('sagemaker_training_job_role_s3_scoped', () => {
  it('fails a role whose inline policy allows s3:GetObject on every bucket', () => {
    const f = run(s3Scoped, [role('r', { inlinePolicies: ok([{ name: 'wide', document: allow('s3:GetObject', '*') }]) }), job('j', { roleArn: roleArn('r') })]);
    assert.equal(statusOf(f), 'FAIL');
    assert.match(f[0].message, /s3:GetObject/);
  });
  it('fails a role with AmazonS3FullAccess attached (a known AWS managed policy)', () => {
    const f = run(s3Scoped, [role('r', { attachedPolicyArns: ok(['arn:aws:iam::aws:policy/AmazonS3FullAccess']) }), job('j', { roleArn: roleArn('r') })]);
    assert.equal(statusOf(f), 'FAIL');
  });
  it('passes a role scoped to the job buckets through a customer managed policy', () => {
    const scoped = allow(['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::data/train/*', 'arn:aws:s3:::out/*']);
    const f = run(s3Scoped, [managed('training', ok(scoped)), role('r', { attachedPolicyArns: ok([`arn:aws:iam::${ACCOUNT}:policy/training`]) }), job('j', { roleArn: roleArn('r') })]);
    assert.equal(statusOf(f), 'PASS');
  });
  it('is ERROR when an attached policy document is unknown and the known ones do not decide', () => {
    const f = run(s3Scoped, [role('r', { attachedPolicyArns: ok(['arn:aws:iam::aws:policy/AmazonSageMakerFullAccess']) }), job('j', { roleArn: roleArn('r') })]);
    assert.equal(statusOf(f), 'ERROR');
    assert.match(f[0].message, /AmazonSageMakerFullAccess/);
  });
  it('is ERROR when the role policies, the job or a unit could not be read; skips jobs whose role was deleted', () => {
    assert.equal(statusOf(run(s3Scoped, [role('r', { inlinePolicies: failed(DENIED) }), job('j', { roleArn: roleArn('r') })])), 'ERROR');
    assert.equal(statusOf(run(s3Scoped, [job('j', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(s3Scoped, [], { failed: [{ collector: 'iam.policies', region: 'global' }] })), 'ERROR');
    assert.equal(run(s3Scoped, [job('j', { roleArn: roleArn('deleted') })]).length, 0);
  });
});
