const glob = (pattern, name) => new RegExp(`^${pattern.split('*').map(escapeRe).join('.*')}$`).test(name);
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Every DLC rule classifies the same images again; answers are kept per knowledge object, keyed by
 * the image and everything in `opts` that can change the answer. Callers must not mutate results.
 */
const memo = new WeakMap();
export function classifyImage(image, k, opts = {}) {
    let cache = memo.get(k);
    if (!cache)
        memo.set(k, (cache = new Map()));
    const key = [image, opts.ownAccount ?? '', (opts.trustedAccounts ?? []).join(','), JSON.stringify(opts.pullThroughRules ?? [])].join('\u0000');
    let hit = cache.get(key);
    if (!hit) {
        hit = classifyUncached(image, k, opts);
        if (cache.size < 200_000)
            cache.set(key, hit);
    }
    return hit;
}
/** Reads an image reference with the data's grammar. Pure; never throws on odd input. */
function classifyUncached(image, k, opts = {}) {
    const ref = image.trim();
    const out = { image: ref, host: 'other', fips: false, china: false, registry: 'not-ecr', isDlc: false, lookalike: null, soci: false, tagKind: 'moving' };
    const priv = k.hosts.privateEcr.exec(ref);
    const pub = priv ? null : k.hosts.publicDlc.exec(ref);
    if (!priv && !pub)
        return out;
    const g = (priv ?? pub).groups ?? {};
    out.tag = g.tag;
    out.digest = g.digest;
    out.repositoryPath = g.repository;
    if (pub) {
        out.host = 'public-dlc';
        out.repository = g.repository;
        out.catalog = k.catalog.get(g.repository);
        out.registry = out.catalog ? 'public-dlc' : 'unknown';
        out.registrySource = k.registries.publicRegistry;
        out.isDlc = !!out.catalog;
    }
    else {
        out.host = 'private-ecr';
        out.account = g.account;
        out.region = g.region;
        out.fips = !!g.fips;
        out.china = ref.split('/')[0].endsWith('.cn');
        resolvePrivate(out, k, opts);
    }
    if (out.catalog)
        parseTag(out, k);
    out.tagKind = out.digest ? 'digest' : out.buildDate ? 'dated' : out.dlcVersion && out.dlcVersion.includes('.') ? 'release-pinned' : 'moving';
    return out;
}
function resolvePrivate(out, k, opts) {
    const path = out.repositoryPath;
    const acct = out.account;
    const region = out.region;
    const own = acct === opts.ownAccount;
    const trustedMirror = (opts.trustedAccounts ?? []).includes(acct);
    let repo = path;
    if (own || trustedMirror) {
        const stripped = stripPullThrough(path, k, opts.pullThroughRules ?? []);
        if (stripped) {
            repo = stripped.repository;
            out.pullThroughPrefix = stripped.prefix;
        }
    }
    const catalog = k.catalog.get(repo);
    out.repository = repo;
    if (!catalog) {
        out.registry = own ? 'own' : 'unknown';
        return;
    }
    out.catalog = catalog;
    if (own || trustedMirror) {
        out.registry = own ? 'own' : 'trusted-mirror';
        out.isDlc = true;
        return;
    }
    const r = k.registries;
    const match = (r.dlcByRegion.get(region)?.account === acct && { kind: 'dlc', source: r.dlcByRegion.get(region).source }) ||
        (r.dlcExtra.get(region)?.account === acct && { kind: 'dlc-extra', source: r.dlcExtra.get(region).source }) ||
        (r.algorithmByRegion.get(region)?.account === acct && { kind: 'sagemaker-algorithm', source: r.algorithmByRegion.get(region).source }) ||
        (r.legacyByRegion.get(region)?.account === acct && { kind: 'legacy-sagemaker', source: r.legacyByRegion.get(region).source });
    if (match) {
        out.registry = match.kind;
        out.registrySource = match.source;
        out.isDlc = true;
        return;
    }
    // Triton images before 23.12 live in per-region accounts the data does not list: unverifiable, not a look-alike.
    if (repo === 'sagemaker-tritonserver' && out.tag && /^(\d{2})\.(\d{2})/.test(out.tag) && out.tag.slice(0, 5) < '23.12') {
        out.registry = 'unknown';
        return;
    }
    out.registry = 'unknown';
    const served = r.regionsByAccount.get(acct);
    const expected = catalog.registry === 'sagemaker_algorithm' ? r.algorithmByRegion.get(region) : catalog.registry === 'legacy_sagemaker_framework' ? r.legacyByRegion.get(region) : r.dlcByRegion.get(region);
    out.lookalike = served
        ? { reason: 'wrong-region', account: acct, region, expectedAccount: expected?.account, servedRegions: [...served].sort() }
        : { reason: 'unknown-account', account: acct, region, expectedAccount: expected?.account };
}
/** `<prefix>/<upstream path>` of a pull-through cache (or an own copy under a namespace) → the DLC repository name. */
function stripPullThrough(path, k, rules) {
    for (const rule of rules) {
        const p = rule.ecrRepositoryPrefix.replace(/\/+$/, '');
        if (!path.startsWith(`${p}/`))
            continue;
        let rest = path.slice(p.length + 1);
        if (rest.startsWith('deep-learning-containers/'))
            rest = rest.slice('deep-learning-containers/'.length);
        if (k.catalog.has(rest))
            return { prefix: p, repository: rest };
    }
    const i = path.lastIndexOf('/');
    if (i > 0 && k.catalog.has(path.slice(i + 1)))
        return { prefix: path.slice(0, i).replace(/\/deep-learning-containers$/, ''), repository: path.slice(i + 1) };
    return null;
}
function parseTag(out, k) {
    const repo = out.repository;
    const tag = out.tag;
    if (tag)
        out.imageRow = k.images.find((i) => i.ecrRepository === repo && i.tags.includes(tag));
    out.framework = frameworkOf(repo, out.imageRow);
    if (!tag)
        return;
    for (const f of k.tagFamilies) {
        if (!f.appliesTo.some((p) => glob(p, repo)))
            continue;
        const m = f.regex.exec(tag);
        if (!m)
            continue;
        const g = m.groups ?? {};
        out.family = f.id;
        out.frameworkVersion = g.framework_version;
        out.cuda = g.cuda;
        out.processor = g.processor ?? (g.accel_cpu || g.accel === 'cpu' || g.cpu_full ? 'cpu' : g.cuda || g.accel === 'cuda' ? 'gpu' : undefined);
        out.python = g.python ?? g.python_variant;
        out.os = g.os;
        out.platform = g.platform;
        out.dlcVersion = g.dlc_version;
        out.buildDate = g.build_datetime ? g.build_datetime.slice(0, 10) : g.build_date ? `${g.build_date.slice(0, 4)}-${g.build_date.slice(4, 6)}-${g.build_date.slice(6, 8)}` : undefined;
        out.soci = !!g.soci;
        out.transformers = g.transformers ?? (g.lib === 'transformers' ? g.lib_version : undefined);
        if (g.lib)
            out.lib = { name: g.lib, version: g.lib_version };
        out.engine = g.engine ? `${g.engine}${g.engine_version ?? ''}` : undefined;
        out.variant = g.variant;
        // Base AL2023 tags carry the CUDA version instead of a framework version (cu132 → 13.2).
        if (!out.frameworkVersion && f.id === 'base_al2023' && g.cuda)
            out.frameworkVersion = cudaVersion(g.cuda);
        if (!out.frameworkVersion && out.imageRow)
            out.frameworkVersion = out.imageRow.version;
        if (f.id === 'sagemaker_algorithm' && g.python_variant)
            out.frameworkVersion = `${g.framework_version}-${g.python_variant}`;
        return;
    }
}
export function cudaVersion(cu) {
    const d = cu.replace(/^cu/, '');
    return d.length >= 3 ? `${d.slice(0, d.length - 1)}.${d.slice(-1)}` : d;
}
const FRAMEWORKS = [
    [/^huggingface-pytorch-tgi/, 'HuggingFace TGI'],
    [/^huggingface-(vllm|sglang|llamacpp)/, 'HuggingFace'],
    [/^huggingface-pytorch/, 'HuggingFace PyTorch'],
    [/^huggingface-tensorflow/, 'HuggingFace TensorFlow'],
    [/^stabilityai-pytorch/, 'StabilityAI PyTorch'],
    [/^(sagemaker-)?pytorch/, 'PyTorch'],
    [/^(sagemaker-)?tensorflow/, 'TensorFlow'],
    [/^(sagemaker-)?mxnet/, 'MXNet'],
    [/^sagemaker-chainer/, 'Chainer'],
    [/^vllm/, 'vLLM'],
    [/^sglang/, 'SGLang'],
    [/^llama-cpp/, 'llama.cpp'],
    [/^djl/, 'DJL'],
    [/^sagemaker-tritonserver/, 'Triton'],
    [/^sagemaker-xgboost/, 'XGBoost'],
    [/^sagemaker-scikit-learn/, 'Scikit-Learn'],
    [/^autogluon/, 'AutoGluon'],
    [/^ray/, 'Ray'],
    [/^whisperx/, 'WhisperX'],
    [/^tei/, 'TEI'],
    [/^base/, 'Base (CUDA)'],
    [/^openfold3/, 'OpenFold3'],
];
function frameworkOf(repo, row) {
    if (row && !repo.startsWith('huggingface') && !repo.startsWith('stabilityai'))
        return row.framework;
    return FRAMEWORKS.find(([re]) => re.test(repo))?.[1] ?? repo;
}
/** Image references of DLC registries found in free text (user data): private ECR and ECR Public. */
export const IMAGE_REFERENCE = /\b\d{12}\.dkr\.ecr(?:-fips)?\.[a-z]{2}(?:-[a-z]+)+-\d+\.amazonaws\.com(?:\.cn)?\/[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?|\bpublic\.ecr\.aws\/deep-learning-containers\/[a-z0-9][a-z0-9._-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?/g;
const HOST_TAG = /^(?<framework>.+?)_(?<type>[a-z]+)_(?<version>\d+(?:\.\d+)*)_python(?<py>\d+(?:\.\d+)*)_(?<device>cpu|gpu|neuronx?|hpu|eia)(?:_cuda(?<cuda>[\d.]+))?_(?<os>[^_]+)(?:_(?<pkg>.+))?$/;
/**
 * The value DLC telemetry writes into the host's `aws-dlc-autogenerated-tag-do-not-delete` tag
 * (`{framework}_{container_type}_{framework_version}_python{py}_{device}[_cuda{v}]_{os}`) read as
 * an image: there is no reference, so registry checks and tag kinds do not apply.
 */
export function classifyHostTag(value, k) {
    const m = HOST_TAG.exec(value.trim());
    if (!m?.groups)
        return null;
    const g = m.groups;
    const repository = `${g.framework.replace(/_/g, '-')}-${g.type}`;
    const catalog = k.catalog.get(repository);
    const py = g.py.split('.');
    return {
        image: value,
        host: 'other',
        fips: false,
        china: false,
        repository,
        registry: 'not-ecr',
        isDlc: true,
        lookalike: null,
        catalog,
        framework: frameworkOf(repository, undefined),
        frameworkVersion: g.version,
        processor: g.device,
        python: py.length >= 2 ? `py${py[0]}${py[1]}` : undefined,
        os: g.os,
        cuda: g.cuda ? `cu${g.cuda.split('.').slice(0, 2).join('')}` : undefined,
        soci: false,
        tagKind: 'moving',
    };
}
