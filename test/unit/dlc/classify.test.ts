import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyHostTag, classifyImage } from '../../../src/dlc/classify.js';
import { loadDlcKnowledge } from '../../../src/dlc/data.js';
import type { ImageRow } from '../../../src/dlc/knowledge.js';
import { majorMinor } from '../../../src/dlc/support.js';

const k = loadDlcKnowledge();
const DLC = '763104351884';
const uri = (repo: string, ref: string, region = 'us-east-1', account = DLC) => `${account}.dkr.ecr.${region}.amazonaws.com/${repo}${ref}`;

/** The tag family each published image line is written in (uri_grammar.tag_families). */
function expectedFamily(i: ImageRow): string {
  const byKey: Record<string, string> = {
    'vllm-server': 'server_al2023',
    'sglang-server': 'server_al2023',
    'llama-cpp': 'server_al2023',
    'vllm-omni': 'omni_al2023',
    base: 'base_al2023',
    ray: 'ray_al2023',
    pytorch: 'framework_al2023',
    whisperx: 'framework_al2023',
    'djl-inference': 'djl',
    'sagemaker-tritonserver': 'triton',
    'sagemaker-xgboost': 'sagemaker_algorithm',
    'sagemaker-scikit-learn': 'sagemaker_algorithm',
    'huggingface-llamacpp': 'llamacpp_hf',
  };
  if (byKey[i.key]) return byKey[i.key];
  if (i.key === 'huggingface-pytorch-training' && i.os === 'amzn2023') return 'hf_al2023_short';
  if (i.key.startsWith('huggingface-') || i.key.startsWith('stabilityai-')) return 'lib_prefixed';
  return 'classic';
}

describe('classifyImage: every tag in the data file', () => {
  const rows = k.images.flatMap((i) => i.tags.map((tag) => ({ i, tag })));
  it(`parses all ${rows.length} published tags with the expected family, as DLC images`, () => {
    assert.ok(rows.length > 600, `only ${rows.length} tags in the data`);
    const wrong: string[] = [];
    for (const { i, tag } of rows) {
      // Algorithm images live in the SageMaker algorithm registry, the rest in the DLC registry.
      const account = i.ecrRepository.startsWith('sagemaker-xgboost') || i.ecrRepository.startsWith('sagemaker-scikit') || i.ecrRepository.startsWith('tei') ? '683313688378' : DLC;
      const c = classifyImage(uri(i.ecrRepository, `:${tag}`, 'us-east-1', account), k);
      if (!c.isDlc || c.lookalike) wrong.push(`${i.ecrRepository}:${tag} not recognised as DLC (${c.registry})`);
      if (c.family !== expectedFamily(i)) wrong.push(`${i.ecrRepository}:${tag} family ${c.family}, expected ${expectedFamily(i)}`);
      if (['classic', 'lib_prefixed', 'framework_al2023'].includes(c.family ?? '') && !i.key.startsWith('huggingface-vllm') && !i.key.startsWith('huggingface-sglang') && i.key !== 'huggingface-tei')
        if (majorMinor(c.frameworkVersion ?? '') !== majorMinor(i.version)) wrong.push(`${i.ecrRepository}:${tag} version ${c.frameworkVersion}, row ${i.version}`);
      if (c.imageRow?.ecrRepository !== i.ecrRepository) wrong.push(`${i.ecrRepository}:${tag} not matched to its image row`);
    }
    assert.deepEqual(wrong, []);
  });
  it('also parses every tag from ECR Public', () => {
    const wrong = k.images.flatMap((i) => i.tags.filter((t) => !classifyImage(`public.ecr.aws/deep-learning-containers/${i.ecrRepository}:${t}`, k).family).map((t) => `${i.ecrRepository}:${t}`));
    assert.deepEqual(wrong, []);
  });
});

describe('classifyImage: parts of a reference', () => {
  it('reads framework, version, processor, python, cuda, os, platform and release from a classic tag', () => {
    const c = classifyImage(uri('pytorch-training', ':2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker-v1.15', 'us-west-2'), k);
    assert.equal(c.registry, 'dlc');
    assert.equal(c.account, DLC);
    assert.equal(c.region, 'us-west-2');
    assert.equal(c.family, 'classic');
    assert.equal(c.framework, 'PyTorch');
    assert.equal(c.frameworkVersion, '2.6.0');
    assert.equal(c.processor, 'gpu');
    assert.equal(c.python, 'py312');
    assert.equal(c.cuda, 'cu126');
    assert.equal(c.os, 'ubuntu22.04');
    assert.equal(c.platform, 'sagemaker');
    assert.equal(c.dlcVersion, '1.15');
  });
  it('reads the AL2023 framework tag with a build date, and the base tag CUDA as version', () => {
    const c = classifyImage(uri('pytorch', ':2.11.0-cu130-amzn2023-sagemaker-20260430'), k);
    assert.deepEqual([c.family, c.frameworkVersion, c.processor, c.cuda, c.os, c.platform, c.buildDate], ['framework_al2023', '2.11.0', 'gpu', 'cu130', 'amzn2023', 'sagemaker', '2026-04-30']);
    const b = classifyImage(uri('base', ':runtime-cu132-amzn2023-20260731'), k);
    assert.deepEqual([b.family, b.frameworkVersion, b.variant, b.buildDate], ['base_al2023', '13.2', 'runtime', '2026-07-31']);
  });
  it('reads HuggingFace tags: framework version first, Transformers version after', () => {
    const c = classifyImage(uri('huggingface-pytorch-inference', ':2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04'), k);
    assert.deepEqual([c.family, c.frameworkVersion, c.transformers, c.processor], ['lib_prefixed', '2.1.0', '4.37.0', 'gpu']);
  });
  it('reads FIPS and China hosts and ECR Public', () => {
    const fips = classifyImage(`${DLC}.dkr.ecr-fips.us-east-1.amazonaws.com/pytorch-training:2.6.0-gpu-py312`, k);
    assert.equal(fips.fips, true);
    assert.equal(fips.isDlc, true);
    const cn = classifyImage('727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/pytorch-training:2.6.0-gpu-py312', k);
    assert.equal(cn.china, true);
    assert.equal(cn.isDlc, true);
    const pub = classifyImage('public.ecr.aws/deep-learning-containers/vllm:server-cuda-v2.3', k);
    assert.deepEqual([pub.registry, pub.isDlc, pub.family], ['public-dlc', true, 'server_al2023']);
  });
  it('leaves non-DLC images alone', () => {
    for (const img of ['nginx:latest', 'public.ecr.aws/nginx/nginx:1.27', 'ghcr.io/org/app:1', '111122223333.dkr.ecr.us-east-1.amazonaws.com/web-app:3']) {
      const c = classifyImage(img, k, { ownAccount: '111122223333' });
      assert.equal(c.isDlc, false, img);
      assert.equal(c.lookalike, null, img);
    }
  });
});

describe('classifyImage: registry accounts', () => {
  it('catches a DLC repository name in an unknown account (look-alike)', () => {
    const c = classifyImage(uri('pytorch-training', ':2.6.0-gpu-py312', 'us-east-1', '999988887777'), k, { ownAccount: '111122223333' });
    assert.equal(c.isDlc, false);
    assert.equal(c.lookalike?.reason, 'unknown-account');
    assert.equal(c.lookalike?.expectedAccount, DLC);
  });
  it('catches a DLC account used for a region it does not serve, and a per-region account used elsewhere', () => {
    const a = classifyImage(uri('pytorch-training', ':2.6.0-gpu-py312', 'af-south-1'), k);
    assert.equal(a.lookalike?.reason, 'wrong-region');
    assert.equal(a.lookalike?.expectedAccount, '626614931356');
    const b = classifyImage(uri('pytorch-training', ':2.6.0-gpu-py312', 'us-east-1', '626614931356'), k);
    assert.equal(b.lookalike?.reason, 'wrong-region');
  });
  it('accepts the per-region accounts, the algorithm registry and legacy SageMaker accounts', () => {
    assert.equal(classifyImage(uri('pytorch-training', ':2.6.0-gpu-py312', 'af-south-1', '626614931356'), k).registry, 'dlc');
    assert.equal(classifyImage(uri('sagemaker-xgboost', ':3.0-5-cpu-py3', 'us-west-2', '246618743249'), k).registry, 'sagemaker-algorithm');
    assert.equal(classifyImage(uri('sagemaker-pytorch', ':0.4.0-gpu-py3', 'us-east-1', '520713654638'), k).registry, 'legacy-sagemaker');
  });
  it('treats the own account as a copy, strips a pull-through prefix, and honours trusted mirrors', () => {
    const own = classifyImage('111122223333.dkr.ecr.us-east-1.amazonaws.com/ecr-public/deep-learning-containers/pytorch-training:2.6.0-gpu-py312', k, {
      ownAccount: '111122223333',
      pullThroughRules: [{ ecrRepositoryPrefix: 'ecr-public', upstreamRegistryUrl: 'public.ecr.aws' }],
    });
    assert.deepEqual([own.registry, own.isDlc, own.repository, own.pullThroughPrefix, own.frameworkVersion], ['own', true, 'pytorch-training', 'ecr-public', '2.6.0']);
    const mirror = classifyImage(uri('pytorch-training', ':2.6.0-gpu-py312', 'us-east-1', '444455556666'), k, { trustedAccounts: ['444455556666'] });
    assert.deepEqual([mirror.registry, mirror.isDlc, mirror.lookalike], ['trusted-mirror', true, null]);
  });
});

describe('classifyImage: tag kinds', () => {
  const kind = (repo: string, ref: string) => classifyImage(uri(repo, ref), k).tagKind;
  const digest = `@sha256:${'ab'.repeat(32)}`;
  it('tells digests, dated tags, release-pinned and moving tags apart', () => {
    assert.equal(kind('pytorch-training', digest), 'digest');
    assert.equal(kind('pytorch-training', `:2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker-v1.15${digest}`), 'digest');
    assert.equal(kind('tensorflow-training', ':2.21.0-gpu-py312-cu130-amzn2023-sagemaker-v1.0-2026-07-10-12-00-00'), 'dated');
    assert.equal(kind('pytorch', ':2.11.0-cu130-amzn2023-sagemaker-20260430'), 'dated');
    assert.equal(kind('base', ':runtime-cu132-amzn2023-20260731'), 'dated');
    assert.equal(kind('pytorch-training', ':2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker-v1.15'), 'release-pinned');
    assert.equal(kind('vllm', ':server-cuda-v2.3'), 'release-pinned');
    for (const t of [':2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker-v1', ':server-cuda', ':serve-ml-cuda', ':runtime-cu129-amzn2023', ':2.13-cu133-amzn2023', ':2.6-gpu-py312', '', ':latest'])
      assert.equal(kind(t.startsWith(':server') ? 'vllm' : t.startsWith(':serve') ? 'ray' : t.startsWith(':runtime') ? 'base' : t.startsWith(':2.13') ? 'pytorch' : 'pytorch-training', t), 'moving', t);
  });
});

describe('classifyHostTag', () => {
  it('reads the DLC telemetry tag value', () => {
    const c = classifyHostTag('pytorch_training_2.6.0_python3.12.8_gpu_cuda12.6_ubuntu22.04', k);
    assert.deepEqual([c?.repository, c?.frameworkVersion, c?.python, c?.processor, c?.cuda, c?.os], ['pytorch-training', '2.6.0', 'py312', 'gpu', 'cu126', 'ubuntu22.04']);
    assert.equal(classifyHostTag('nonsense', k), null);
  });
});
