import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { classifyImage } from '../../../src/dlc/classify.js';
import { buildAge, latestRelease, latestTransformers, patchLimit } from '../../../src/dlc/currency.js';
import { buildDlcKnowledge, DlcDataError, loadDlcKnowledge } from '../../../src/dlc/data.js';
import { compareVersions, daysUntil, supportAt } from '../../../src/dlc/support.js';

const k = loadDlcKnowledge();
const AS_OF = new Date('2026-11-24T00:00:00Z');
const img = (repo: string, tag: string) => classifyImage(`763104351884.dkr.ecr.us-east-1.amazonaws.com/${repo}:${tag}`, k);
const at = (repo: string, tag: string, asOf = AS_OF) => supportAt(img(repo, tag), k, asOf);

describe('loadDlcKnowledge', () => {
  it('loads the bundled data with its date', () => {
    assert.equal(k.generated, '2026-11-24');
    assert.ok(k.support.length >= 40 && k.images.length >= 270 && k.catalog.size >= 60);
    assert.equal(k.registries.dlcByRegion.get('af-south-1')?.account, '626614931356');
  });
  it('names the bad field when the data does not fit the schema', () => {
    const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../../data/dlc-support.json', import.meta.url)), 'utf8'));
    raw.support[3].eop = '30/06/2026';
    delete raw.registries.dlc.by_region['us-east-1'].account;
    assert.throws(() => buildDlcKnowledge(raw, 'x.json'), (e: Error) => e instanceof DlcDataError && /support\[3\]\.eop: expected a date/.test(e.message) && /registries\.dlc\.by_region\.us-east-1\.account/.test(e.message));
  });
  it('reports a missing file with its path', () => assert.throws(() => loadDlcKnowledge('/nonexistent/dlc.json'), /Cannot read DLC support data \/nonexistent\/dlc.json/));
});

describe('support lookup at 2026-11-24', () => {
  it('uses the repository-specific row before the group row', () => {
    const tr = at('pytorch-training', '2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker');
    const inf = at('pytorch-inference', '2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker');
    assert.deepEqual([tr.status, tr.eop], ['past-eop', '2026-01-29']);
    assert.deepEqual([inf.status, inf.eop], ['past-eop', '2026-06-30']);
    // At 2026-03-01 training 2.6 is past, inference 2.6 still supported (extended).
    assert.equal(at('pytorch-training', '2.6.0-gpu-py312', new Date('2026-03-01')).status, 'past-eop');
    assert.equal(at('pytorch-inference', '2.6.0-gpu-py312', new Date('2026-03-01')).status, 'supported');
  });
  it('is supported on the End of Patch day itself and past it the day after', () => {
    assert.equal(at('pytorch-training', '2.10.0-gpu-py313', new Date('2027-01-21T23:00:00Z')).status, 'supported');
    assert.equal(at('pytorch-training', '2.10.0-gpu-py313', new Date('2027-01-22T00:00:00Z')).status, 'past-eop');
  });
  it('gives the current AL2023 PyTorch and TensorFlow rows', () => {
    assert.deepEqual([at('pytorch', '2.13.0-cu130-amzn2023').status, at('pytorch', '2.13.0-cu130-amzn2023').eop], ['supported', '2027-07-20']);
    assert.equal(at('tensorflow-training', '2.21.0-gpu-py312-cu130-amzn2023-sagemaker').status, 'supported');
    assert.equal(at('tensorflow-training', '2.19.0-gpu-py312-cu125-ubuntu22.04-sagemaker').status, 'past-eop');
  });
  it('maps HuggingFace and Neuron images to their framework row (derived)', () => {
    const s = at('huggingface-pytorch-inference', '2.6.0-transformers5.5.3-gpu-py312-cu124-ubuntu22.04');
    assert.equal(s.verdict.kind, 'row');
    if (s.verdict.kind === 'row') {
      assert.equal(s.verdict.derived, true);
      assert.equal(s.verdict.row.repository, 'pytorch-inference');
    }
    assert.equal(s.eop, '2026-06-30');
  });
  it('fails versions older than the table and retired families, and leaves unpublished families unknown', () => {
    assert.equal(at('pytorch-training', '1.12.0-gpu-py38').status, 'unsupported');
    assert.equal(at('mxnet-training', '1.9.0-gpu-py38').status, 'retired');
    assert.equal(at('tensorflow-inference-eia', '2.3.0-cpu').status, 'retired');
    assert.equal(at('djl-inference', '0.36.0-lmi27.0.0-cu130').status, 'unknown');
    assert.equal(at('vllm', '0.27.1-gpu-py312').status, 'latest-only');
    assert.equal(supportAt(classifyImage(`763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training@sha256:${'a'.repeat(64)}`, k), k, AS_OF).status, 'unknown');
  });
  it('reads algorithm, base and TGI rows', () => {
    assert.deepEqual([at('sagemaker-xgboost', '3.0-5').status, at('sagemaker-xgboost', '3.0-5').eop], ['past-eop', '2026-11-17']);
    assert.equal(at('sagemaker-xgboost', '3.2-0').status, 'supported');
    assert.equal(at('base', '12.9.1-gpu-py312-cu129-ubuntu22.04-ec2').eop, '2026-08-18');
    assert.equal(at('base', 'devel-cu130-amzn2023').eop, '2029-06-30');
    assert.equal(at('huggingface-pytorch-tgi-inference', '2.4.0-tgi2.3.1-gpu-py311-cu124-ubuntu22.04').eop, '2024-11-14');
  });
});

describe('currency', () => {
  it('compares dotted versions', () => {
    assert.equal(compareVersions('2.10', '2.9'), 1);
    assert.equal(compareVersions('2.6', '2.6.0'), 0);
    assert.equal(compareVersions('0.20.1', '0.27.1'), -1);
    assert.equal(daysUntil('2026-12-01', AS_OF), 7);
  });
  it('knows the lines AWS cannot fully patch', () => {
    assert.equal(patchLimit(img('vllm', '0.27.1-gpu-py312-cu130-ubuntu22.04-ec2'), k)?.notice.id, 'ubuntu_vllm_sglang_unpatchable');
    assert.equal(patchLimit(img('vllm', '0.27.1-gpu-py312'), k)?.notice.id, 'ubuntu_vllm_sglang_unpatchable');
    assert.equal(patchLimit(img('vllm', 'server-cuda-v2.3'), k), null);
    assert.equal(patchLimit(img('pytorch-training', '2.9.0-gpu-py312-cu130-ubuntu22.04-ec2'), k)?.notice.id, 'ubuntu_pytorch_2_8_to_2_10_partial');
    assert.equal(patchLimit(img('pytorch-training', '2.7.1-gpu-py312'), k), null);
    assert.equal(patchLimit(img('sagemaker-scikit-learn', '1.4-2-cpu-py3'), k)?.notice.id, 'sklearn_1_4_2_py310_unsupported');
    assert.equal(patchLimit(img('sagemaker-scikit-learn', '1.4-2-py312-cpu-py3'), k), null);
  });
  it('finds the latest vLLM/SGLang release per line', () => {
    assert.equal(latestRelease(img('vllm', '0.20.1-gpu-py312-cu130-ubuntu22.04-ec2'), k)?.isLatest, false);
    assert.equal(latestRelease(img('vllm', '0.27.1-gpu-py312-cu130-ubuntu22.04-ec2'), k)?.isLatest, true);
    assert.equal(latestRelease(img('vllm', 'server-cuda-v2.3'), k)?.isLatest, true);
    assert.equal(latestRelease(img('vllm', 'server-cuda-v2.1'), k)?.isLatest, false);
    assert.equal(latestRelease(img('vllm', 'server-cuda'), k), null);
  });
  it('finds the latest Transformers per HuggingFace line', () => {
    const t = latestTransformers(img('huggingface-pytorch-inference', '2.6.0-transformers4.49.0-gpu-py312-cu124-ubuntu22.04'), k);
    assert.deepEqual([t?.isLatest, t?.latest], [false, '5.5.3']);
    assert.equal(latestTransformers(img('huggingface-pytorch-inference', '2.6.0-transformers5.5.3-gpu-py312-cu124-ubuntu22.04'), k)?.isLatest, true);
  });
  it('dates a build from the resolution time, a dated tag or a release line', () => {
    assert.equal(buildAge(img('pytorch', '2.11.0-cu130-amzn2023'), k, '2026-10-01T10:00:00.000Z')?.source, 'resolution-time');
    assert.equal(buildAge(img('pytorch', '2.11.0-cu130-amzn2023-20260430'), k)?.date, '2026-04-30');
    const line = buildAge(img('pytorch-training', '2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker-v1.15'), k);
    assert.equal(line?.source, 'release-line');
    assert.ok(line?.newerRelease);
    assert.equal(buildAge(img('pytorch', '2.11.0-cu130-amzn2023'), k), null);
  });
});
