import { compareVersions, majorMinor } from './support.js';
const UBUNTU_LLM = new Set(['vllm', 'vllm-arm64', 'sglang', 'huggingface-vllm', 'huggingface-sglang']);
const PYTORCH_CLASSIC = new Set(['pytorch-training', 'pytorch-inference', 'pytorch-training-arm64', 'pytorch-inference-arm64']);
export function patchLimit(c, k) {
    const repo = c.repository ?? '';
    const notice = (id) => k.policy.notices.get(id);
    // vLLM/SGLang classic tags are the Ubuntu line even when the abbreviated tag omits the OS; AL2023 uses server-* tags.
    const ubuntu = c.os ? c.os.startsWith('ubuntu') : c.family === 'classic';
    if (UBUNTU_LLM.has(repo) && ubuntu && c.family !== 'server_al2023') {
        const n = notice('ubuntu_vllm_sglang_unpatchable');
        if (n)
            return { notice: n, summary: `Ubuntu-based ${c.framework} image: AWS cannot guarantee security patches; use the Amazon Linux 2023 server-* image` };
    }
    const v = c.frameworkVersion;
    if (PYTORCH_CLASSIC.has(repo) && v && compareVersions(majorMinor(v), '2.8') >= 0 && compareVersions(majorMinor(v), '2.10') <= 0 && !(c.os ?? '').startsWith('amzn')) {
        const n = notice('ubuntu_pytorch_2_8_to_2_10_partial');
        if (n)
            return { notice: n, summary: `Ubuntu-based PyTorch ${v}: AWS cannot fully patch it; move to the AL2023 'pytorch' image 2.11 or later` };
    }
    if (repo === 'sagemaker-scikit-learn' && v && v.startsWith('1.4-2') && !v.endsWith('py312')) {
        const n = notice('sklearn_1_4_2_py310_unsupported');
        if (n)
            return { notice: n, summary: 'Scikit-Learn 1.4-2 for Python 3.10 is no longer supported; use 1.4-2-py312 or later' };
    }
    return null;
}
const bare = (v) => v.replace(/\+.*$/, '');
/** vLLM/SGLang: only the newest release of each image line (Ubuntu, AL2023 server, omni) is supported. */
export function latestRelease(c, k) {
    if (c.catalog?.supportGroup !== 'latest-only')
        return null;
    const repo = c.repository;
    const variant = c.imageRow?.key ?? (c.family === 'server_al2023' ? `${repo}-server` : c.family === 'omni_al2023' ? 'vllm-omni' : repo);
    const current = c.family === 'classic' ? c.frameworkVersion : c.imageRow?.version;
    if (!current)
        return null;
    const rows = k.images.filter((i) => i.ecrRepository === repo && i.key === variant);
    const newest = newestBy(rows, (r) => bare(r.version));
    if (!newest)
        return null;
    return { variant, current: bare(current), latest: bare(newest.version), latestTag: newest.tags[0], isLatest: compareVersions(bare(current), bare(newest.version)) >= 0, source: newest.source };
}
/** HuggingFace DLCs: only the image with the latest Transformers version (same repository, framework minor and processor) is supported. */
export function latestTransformers(c, k) {
    if (!c.transformers || !c.frameworkVersion || !c.repository?.startsWith('huggingface-'))
        return null;
    const rows = k.images.filter((i) => i.ecrRepository === c.repository && i.transformers && majorMinor(i.version) === majorMinor(c.frameworkVersion) && (!c.processor || !i.accelerator || i.accelerator === c.processor));
    const newest = newestBy(rows, (r) => r.transformers);
    if (!newest)
        return null;
    return { current: c.transformers, latest: newest.transformers, latestTag: newest.tags[0], isLatest: compareVersions(c.transformers, newest.transformers) >= 0, source: newest.source };
}
function newestBy(rows, version) {
    return [...rows].sort((a, b) => compareVersions(version(b), version(a)))[0];
}
const LINE_PREFIX = {
    'pytorch-training': 'pt',
    'pytorch-inference': 'pt',
    'pytorch-training-arm64': 'pt-arm64',
    'pytorch-inference-arm64': 'pt-arm64',
    'pytorch-inference-graviton': 'pt-graviton',
    'tensorflow-training': 'tf',
    'tensorflow-inference': 'tf',
    'tensorflow-inference-arm64': 'tf-arm64',
    'tensorflow-inference-graviton': 'tf-graviton',
    vllm: 'vllm',
    'vllm-arm64': 'vllm-arm64',
    sglang: 'sglang',
    base: 'base',
};
/** The git release line (`pt-sagemaker-2.6.0-inf-py312`) a classic `-vX.Y` tag was published from. */
export function releaseLineOf(c, k) {
    const repo = c.repository ?? '';
    const v = c.frameworkVersion;
    if (!v || v.split('.').length < 3 || !c.python)
        return null;
    const job = repo.includes('training') ? 'tr' : repo.includes('inference') ? 'inf' : undefined;
    const names = [];
    const prefix = LINE_PREFIX[repo];
    if (prefix) {
        const platform = c.platform ?? 'sagemaker';
        names.push([prefix, platform, v, job, c.processor, c.python].filter(Boolean).join('-'), [prefix, platform, v, job, c.python].filter(Boolean).join('-'));
    }
    else if (repo.startsWith('huggingface-') && c.transformers) {
        const fw = repo.includes('tensorflow') ? 'tf' : 'pt';
        names.push([`hf-${c.transformers}-${fw}`, v, job, c.processor, c.python].filter(Boolean).join('-'), [`hf-${c.transformers}-${fw}`, v, job, c.python].filter(Boolean).join('-'));
    }
    return names.find((n) => k.releaseLines.has(n)) ?? null;
}
/** When the running build was made, best source first: the endpoint's resolution time, the dated tag, the release line. */
export function buildAge(c, k, resolutionTime) {
    const lineName = releaseLineOf(c, k);
    const line = lineName ? k.releaseLines.get(lineName) : undefined;
    const newer = (after) => (line && line.latest.date > after.slice(0, 10) ? { tag: line.latest.tag, date: line.latest.date } : undefined);
    if (resolutionTime)
        return { date: resolutionTime, source: 'resolution-time', detail: 'SageMaker resolved the image to a digest at deployment', newerRelease: newer(resolutionTime) };
    if (c.buildDate)
        return { date: c.buildDate, source: 'dated-tag', detail: `build date in tag ${c.tag}`, newerRelease: newer(c.buildDate) };
    if (line && c.dlcVersion && c.dlcVersion.includes('.')) {
        const exact = line.versions?.find(([ver]) => ver === c.dlcVersion);
        const date = exact?.[1] ?? (line.latest.tag.startsWith(`v${c.dlcVersion}-`) ? line.latest.date : undefined);
        if (date)
            return { date, source: 'release-line', detail: `release v${c.dlcVersion}-${line.line} (git tag date, approximate)`, newerRelease: newer(date) };
    }
    return null;
}
