import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import nbInternet from '../../../src/rules/sagemaker/sagemaker_notebook_no_direct_internet_access.js';
import nbVpc from '../../../src/rules/sagemaker/sagemaker_notebook_in_vpc.js';
import nbRoot from '../../../src/rules/sagemaker/sagemaker_notebook_root_access_disabled.js';
import nbKms from '../../../src/rules/sagemaker/sagemaker_notebook_encrypted_with_kms.js';
import nbImds from '../../../src/rules/sagemaker/sagemaker_notebook_imdsv2_required.js';
import ecKms from '../../../src/rules/sagemaker/sagemaker_endpoint_config_encrypted_with_kms.js';
import ecInstances from '../../../src/rules/sagemaker/sagemaker_endpoint_config_variants_multiple_instances.js';
import modelIsolation from '../../../src/rules/sagemaker/sagemaker_model_network_isolation_enabled.js';
import modelSecrets from '../../../src/rules/sagemaker/sagemaker_model_environment_no_secrets.js';
import tjEncryption from '../../../src/rules/sagemaker/sagemaker_training_job_inter_container_encryption.js';
import tjKms from '../../../src/rules/sagemaker/sagemaker_training_job_encrypted_with_kms.js';
import tjIsolation from '../../../src/rules/sagemaker/sagemaker_training_job_network_isolation_enabled.js';
import tjSecrets from '../../../src/rules/sagemaker/sagemaker_training_job_environment_no_secrets.js';
import domInternet from '../../../src/rules/sagemaker/sagemaker_domain_no_direct_internet_access.js';
import domKms from '../../../src/rules/sagemaker/sagemaker_domain_encrypted_with_kms.js';
import { hasLocalInstanceStorage } from '../../../src/rules/lib/sagemakerStorage.js';
import { resource, run, statusOf } from '../../helpers/inventory.js';

const DENIED = 'AccessDeniedException: denied';
const notebook = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::NotebookInstance'>> = {}) => resource('AWS::SageMaker::NotebookInstance', { id, name: id, securityGroupIds: [], ...f });
const endpointConfig = (id: string, variants: Array<Partial<ResourceOf<'AWS::SageMaker::EndpointConfig'>['productionVariants'][number]>>, f: Partial<ResourceOf<'AWS::SageMaker::EndpointConfig'>> = {}) =>
  resource('AWS::SageMaker::EndpointConfig', { id, name: id, productionVariants: variants.map((v, i) => ({ variantName: `v${i}`, serverless: false, instanceType: 'ml.m5.large', initialInstanceCount: 1, ...v })), ...f });
const model = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::Model'>> = {}) => resource('AWS::SageMaker::Model', { id, name: id, enableNetworkIsolation: false, containers: [], ...f });
const job = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::TrainingJob'>> = {}) =>
  resource('AWS::SageMaker::TrainingJob', { id, name: id, instanceType: 'ml.m5.xlarge', instanceCount: 1, enableInterContainerTrafficEncryption: false, enableNetworkIsolation: false, environment: {}, ...f });
const domain = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::Domain'>> = {}) => resource('AWS::SageMaker::Domain', { id, name: id, ...f });

/** ERROR for a resource whose Describe failed and for a failed unit. */
function errors(rule: AnyRule, collector: string, unreadable: Parameters<typeof run>[1][number]) {
  it('is ERROR for a resource whose Describe failed, and when the unit failed', () => {
    assert.equal(statusOf(run(rule, [unreadable]), unreadable.id), 'ERROR');
    assert.equal(statusOf(run(rule, [], { failed: [{ collector }] })), 'ERROR');
  });
}

describe('sagemaker_notebook_no_direct_internet_access', () => {
  it('fails when enabled or unset, passes when disabled', () => {
    const f = run(nbInternet, [notebook('on', { directInternetAccess: 'Enabled' }), notebook('unset'), notebook('off', { directInternetAccess: 'Disabled' })]);
    assert.equal(statusOf(f, 'on'), 'FAIL');
    assert.equal(statusOf(f, 'unset'), 'FAIL');
    assert.equal(statusOf(f, 'off'), 'PASS');
  });
  errors(nbInternet, 'sagemaker.notebooks', notebook('x', { describeError: DENIED }));
});

describe('sagemaker_notebook_in_vpc', () => {
  it('fails without a subnet, passes with one', () => {
    const f = run(nbVpc, [notebook('out'), notebook('in', { subnetId: 'subnet-1', securityGroupIds: ['sg-1'] })]);
    assert.equal(statusOf(f, 'out'), 'FAIL');
    assert.equal(statusOf(f, 'in'), 'PASS');
  });
  errors(nbVpc, 'sagemaker.notebooks', notebook('x', { describeError: DENIED }));
});

describe('sagemaker_notebook_root_access_disabled', () => {
  it('fails when enabled or unset, passes when disabled', () => {
    const f = run(nbRoot, [notebook('on', { rootAccess: 'Enabled' }), notebook('unset'), notebook('off', { rootAccess: 'Disabled' })]);
    assert.equal(statusOf(f, 'on'), 'FAIL');
    assert.equal(statusOf(f, 'unset'), 'FAIL');
    assert.equal(statusOf(f, 'off'), 'PASS');
  });
  errors(nbRoot, 'sagemaker.notebooks', notebook('x', { describeError: DENIED }));
});

describe('sagemaker_notebook_encrypted_with_kms', () => {
  it('fails without a key, passes with one', () => {
    const f = run(nbKms, [notebook('plain'), notebook('enc', { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' })]);
    assert.equal(statusOf(f, 'plain'), 'FAIL');
    assert.equal(statusOf(f, 'enc'), 'PASS');
  });
  errors(nbKms, 'sagemaker.notebooks', notebook('x', { describeError: DENIED }));
});

describe('sagemaker_notebook_imdsv2_required', () => {
  it('fails for version 1 and for the unset default, passes for 2', () => {
    const f = run(nbImds, [notebook('v1', { minimumImdsVersion: '1' }), notebook('unset'), notebook('v2', { minimumImdsVersion: '2' })]);
    assert.equal(statusOf(f, 'v1'), 'FAIL');
    assert.equal(statusOf(f, 'unset'), 'FAIL');
    assert.equal(statusOf(f, 'v2'), 'PASS');
  });
  errors(nbImds, 'sagemaker.notebooks', notebook('x', { describeError: DENIED }));
});

describe('instance types with local storage', () => {
  it('are recognised by family', () => {
    for (const t of ['ml.g4dn.xlarge', 'ml.p4d.24xlarge', 'ml.m5d.large', 'ml.g5.2xlarge', 'ml.p5.48xlarge', 'ml.trn1.32xlarge']) assert.ok(hasLocalInstanceStorage(t), t);
    for (const t of ['ml.m5.large', 'ml.c5.xlarge', 'ml.p3.2xlarge', 'ml.inf1.xlarge', 'ml.t3.medium', undefined]) assert.ok(!hasLocalInstanceStorage(t), String(t));
  });
});

describe('sagemaker_endpoint_config_encrypted_with_kms', () => {
  it('fails without a key, passes with one, and passes where local storage forbids a key', () => {
    const f = run(ecKms, [endpointConfig('plain', [{}]), endpointConfig('enc', [{}], { kmsKeyId: 'k' }), endpointConfig('nvme', [{ instanceType: 'ml.g5.xlarge' }])]);
    assert.equal(statusOf(f, 'plain'), 'FAIL');
    assert.equal(statusOf(f, 'enc'), 'PASS');
    assert.equal(statusOf(f, 'nvme'), 'PASS');
  });
  errors(ecKms, 'sagemaker.endpointConfigs', endpointConfig('x', [], { describeError: DENIED }));
});

describe('sagemaker_endpoint_config_variants_multiple_instances', () => {
  it('fails for a single-instance variant, passes for two or more, skips serverless-only configurations', () => {
    const f = run(ecInstances, [
      endpointConfig('single', [{ initialInstanceCount: 2 }, { initialInstanceCount: 1 }]),
      endpointConfig('multi', [{ initialInstanceCount: 2 }]),
      endpointConfig('serverless', [{ serverless: true, instanceType: undefined, initialInstanceCount: undefined }]),
    ]);
    assert.equal(statusOf(f, 'single'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'single')!.message, /"v1"/);
    assert.equal(statusOf(f, 'multi'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'serverless').length, 0);
  });
  errors(ecInstances, 'sagemaker.endpointConfigs', endpointConfig('x', [], { describeError: DENIED }));
});

describe('sagemaker_model_network_isolation_enabled', () => {
  it('fails without isolation, passes with it', () => {
    const f = run(modelIsolation, [model('open'), model('iso', { enableNetworkIsolation: true })]);
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(statusOf(f, 'iso'), 'PASS');
  });
  errors(modelIsolation, 'sagemaker.models', model('x', { describeError: DENIED }));
});

describe('sagemaker_model_environment_no_secrets', () => {
  it('fails for a token in the environment without printing it, passes for ordinary settings', () => {
    const f = run(modelSecrets, [
      model('leaky', { containers: [{ image: 'img', environment: { HF_TOKEN: 'hf_AbCdEfGhIjKlMnOp', SM_MODEL_DIR: '/opt/ml/model' } }] }),
      model('clean', { containers: [{ image: 'img', environment: { SAGEMAKER_PROGRAM: 'inference.py', HF_MODEL_ID: 'meta/llama' } }] }),
    ]);
    assert.equal(statusOf(f, 'leaky'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'leaky')!.message, /HF_TOKEN/);
    assert.ok(!JSON.stringify(f).includes('hf_AbCdEfGhIjKlMnOp'));
    assert.equal(statusOf(f, 'clean'), 'PASS');
  });
  errors(modelSecrets, 'sagemaker.models', model('x', { describeError: DENIED }));
});

describe('sagemaker_training_job_inter_container_encryption', () => {
  it('fails for a multi-instance job without encryption, passes with it, and does not judge single-instance jobs', () => {
    const f = run(tjEncryption, [job('dist', { instanceCount: 4 }), job('dist-enc', { instanceCount: 2, enableInterContainerTrafficEncryption: true }), job('single')]);
    assert.equal(statusOf(f, 'dist'), 'FAIL');
    assert.equal(statusOf(f, 'dist-enc'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'single').length, 0);
  });
  errors(tjEncryption, 'sagemaker.trainingJobs', job('x', { instanceCount: 2, describeError: DENIED }));
});

describe('sagemaker_training_job_encrypted_with_kms', () => {
  it('needs output and volume keys, except the volume key on local-storage instances', () => {
    const f = run(tjKms, [
      job('none'),
      job('output-only', { outputKmsKeyId: 'k' }),
      job('both', { outputKmsKeyId: 'k', volumeKmsKeyId: 'k' }),
      job('nvme', { instanceType: 'ml.p4d.24xlarge', outputKmsKeyId: 'k' }),
    ]);
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(statusOf(f, 'output-only'), 'FAIL');
    assert.equal(statusOf(f, 'both'), 'PASS');
    assert.equal(statusOf(f, 'nvme'), 'PASS');
  });
  errors(tjKms, 'sagemaker.trainingJobs', job('x', { describeError: DENIED }));
});

describe('sagemaker_training_job_network_isolation_enabled', () => {
  it('fails without isolation, passes with it', () => {
    const f = run(tjIsolation, [job('open'), job('iso', { enableNetworkIsolation: true })]);
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(statusOf(f, 'iso'), 'PASS');
  });
  errors(tjIsolation, 'sagemaker.trainingJobs', job('x', { describeError: DENIED }));
});

describe('sagemaker_training_job_environment_no_secrets', () => {
  it('fails for an API key in the environment, passes for ordinary settings', () => {
    const f = run(tjSecrets, [job('leaky', { environment: { WANDB_API_KEY: 'a1b2c3d4e5f6a7b8' } }), job('clean', { environment: { EPOCHS: '10', WANDB_PROJECT: 'llm' } })]);
    assert.equal(statusOf(f, 'leaky'), 'FAIL');
    assert.ok(!JSON.stringify(f).includes('a1b2c3d4e5f6a7b8'));
    assert.equal(statusOf(f, 'clean'), 'PASS');
  });
  errors(tjSecrets, 'sagemaker.trainingJobs', job('x', { describeError: DENIED }));
});

describe('sagemaker_domain_no_direct_internet_access', () => {
  it('fails for PublicInternetOnly or unset, passes for VpcOnly', () => {
    const f = run(domInternet, [domain('d-pub', { appNetworkAccessType: 'PublicInternetOnly' }), domain('d-unset'), domain('d-vpc', { appNetworkAccessType: 'VpcOnly', vpcId: 'vpc-1' })]);
    assert.equal(statusOf(f, 'd-pub'), 'FAIL');
    assert.equal(statusOf(f, 'd-unset'), 'FAIL');
    assert.equal(statusOf(f, 'd-vpc'), 'PASS');
  });
  errors(domInternet, 'sagemaker.domains', domain('d-x', { describeError: DENIED }));
});

describe('sagemaker_domain_encrypted_with_kms', () => {
  it('fails without a key, passes with one', () => {
    const f = run(domKms, [domain('d-plain'), domain('d-enc', { kmsKeyId: 'k' })]);
    assert.equal(statusOf(f, 'd-plain'), 'FAIL');
    assert.equal(statusOf(f, 'd-enc'), 'PASS');
  });
  errors(domKms, 'sagemaker.domains', domain('d-x', { describeError: DENIED }));
});
