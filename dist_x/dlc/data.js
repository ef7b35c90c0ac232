import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
/**
 * The schema of data/dlc-support.json: only the parts posture reads are checked strictly; the rest
 * (provenance, prose) may change shape without breaking a scan.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const url = z.string().min(1);
const regexSource = z.string().refine((s) => {
    try {
        new RegExp(s);
        return true;
    }
    catch {
        return false;
    }
}, 'not a valid regular expression');
const supportRow = z.object({
    framework_group: z.string().min(1),
    repository: z.string().min(1),
    version: z.string().min(1),
    ga: isoDate.nullable(),
    eop: isoDate.nullable(),
    sources: z.array(url).min(1),
    legacy: z.boolean().optional(),
});
const imageRow = z.object({
    repository_key: z.string().min(1),
    ecr_repository: z.string().min(1),
    framework: z.string(),
    version: z.string().min(1),
    accelerator: z.string().nullable(),
    platform: z.string().nullable(),
    os: z.string().nullable(),
    transformers: z.string().nullable(),
    ga: isoDate.nullable(),
    eop: isoDate.nullable(),
    tags: z.array(z.string().min(1)).min(1),
    source: url,
});
const account = z.string().regex(/^\d{12}$/, 'expected a 12-digit account id');
const regionAccount = z.object({ account, source: url.optional() });
export const dlcDataSchema = z.object({
    schema: z.literal('posture/dlc-support v1'),
    generated: isoDate,
    policy: z.object({
        default_eop_rule: z.object({ source: url }),
        not_listed_rule: z.object({ source: url }),
        unsupported_frameworks: z.array(z.object({ framework: z.string(), eop: isoDate })).min(1),
        unsupported_frameworks_source: url,
        notices: z.array(z.object({ id: z.string(), text: z.string() })),
        notices_source: url,
        cve_sla: z.object({ remediation_days: z.object({ critical: z.number().int(), high: z.number().int(), medium: z.number().int() }), source: url }),
    }),
    framework_groups: z.object({
        groups: z.object({
            pytorch: z.record(z.string(), z.array(z.string())),
            tensorflow: z.record(z.string(), z.array(z.string())),
        }),
        lookup_for_unlisted: z.object({ huggingface_pytorch: z.array(z.string()), huggingface_tensorflow: z.array(z.string()) }),
    }),
    support: z.array(supportRow).min(1),
    other_sagemaker_policies: z.object({
        source: url,
        ml_framework_containers: z.array(z.object({ framework: z.string(), version: z.string(), ga: isoDate.nullable(), eop: isoDate.nullable() })),
        llm_hosting_containers: z.object({ rows: z.array(z.tuple([z.string(), isoDate, isoDate])) }),
    }),
    images: z.array(imageRow).min(1),
    registries: z.object({
        dlc: z.object({ by_region: z.record(z.string(), regionAccount) }),
        dlc_extra_regions: z.record(z.string(), regionAccount.extend({ repositories: z.array(z.string()) })),
        sagemaker_algorithm: z.object({ by_region: z.record(z.string(), regionAccount) }),
        legacy_sagemaker_framework: z.object({ by_region: z.record(z.string(), account), source: url }),
        public: z.object({ registry: z.string().min(1) }),
    }),
    telemetry: z.object({ ec2_instance_tag_key: z.string().min(1), ec2_instance_tag_value_format: z.string(), sources: z.array(url) }),
    release_lines: z.object({
        lines: z.array(z.object({
            line: z.string().min(1),
            latest: z.object({ tag: z.string(), date: isoDate }),
            versions: z.array(z.tuple([z.string(), isoDate])).nullable(),
        })),
    }),
    uri_grammar: z.object({
        host: z.array(z.object({ id: z.string(), regex: regexSource })).min(1),
        tag_families: z.array(z.object({ id: z.string().min(1), applies_to: z.array(z.string()).min(1), regex: regexSource })).min(1),
    }),
    repositories: z.object({
        catalog: z.record(z.string(), z.object({
            support_group: z.string().nullable(),
            family: z.string().nullable(),
            job: z.string().nullable().optional(),
            derived_support: z.boolean().optional(),
            unsupported_since: isoDate.optional(),
            unsupported: z.boolean().optional(),
            registry: z.enum(['sagemaker_algorithm', 'legacy_sagemaker_framework']).optional(),
            note: z.string().optional(),
        })),
    }),
});
/** Error raised for a data file that does not fit the schema; the message names each bad field. */
export class DlcDataError extends Error {
}
const DEFAULT_DATA = new URL('../../data/dlc-support.json', import.meta.url);
/** The bundled data file's path (or the one given with --dlc-data), read and validated. The only I/O in src/dlc. */
export function loadDlcKnowledge(path) {
    const file = path ?? fileURLToPath(DEFAULT_DATA);
    let raw;
    try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new DlcDataError(`Cannot read DLC support data ${file}: ${e.message}`);
    }
    return buildDlcKnowledge(raw, file);
}
/** Validates parsed JSON and indexes it. Pure, so tests can feed altered data. */
export function buildDlcKnowledge(raw, source) {
    const parsed = dlcDataSchema.safeParse(raw);
    if (!parsed.success) {
        const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)'}: ${i.message}`);
        const more = parsed.error.issues.length > 10 ? `\n  ... and ${parsed.error.issues.length - 10} more` : '';
        throw new DlcDataError(`Invalid DLC support data ${source}:\n${lines.join('\n')}${more}`);
    }
    return index(parsed.data, source);
}
function index(d, source) {
    const support = d.support.map((r) => ({
        group: r.framework_group,
        repository: r.repository,
        version: r.version,
        ga: r.ga,
        eop: r.eop,
        sources: r.sources,
        legacy: r.legacy ?? r.repository === '*',
    }));
    const images = d.images.map((i) => ({
        key: i.repository_key,
        ecrRepository: i.ecr_repository,
        framework: i.framework,
        version: i.version,
        accelerator: i.accelerator,
        platform: i.platform,
        os: i.os,
        transformers: i.transformers,
        ga: i.ga,
        eop: i.eop,
        tags: i.tags,
        source: i.source,
    }));
    const catalog = new Map();
    for (const [repository, c] of Object.entries(d.repositories.catalog))
        catalog.set(repository, {
            repository,
            supportGroup: c.support_group,
            families: (c.family ?? '').split('|').filter(Boolean),
            job: c.job ?? null,
            derivedSupport: c.derived_support ?? false,
            unsupportedSince: c.unsupported_since ?? null,
            unsupported: c.unsupported ?? false,
            registry: c.registry ?? 'dlc',
            note: c.note ?? null,
        });
    const repositoryGroups = new Map();
    for (const groups of [d.framework_groups.groups.pytorch, d.framework_groups.groups.tensorflow])
        for (const [key, members] of Object.entries(groups))
            repositoryGroups.set(key, members);
    const derivedFramework = new Map();
    for (const r of d.framework_groups.lookup_for_unlisted.huggingface_pytorch)
        derivedFramework.set(r, 'pytorch');
    for (const r of d.framework_groups.lookup_for_unlisted.huggingface_tensorflow)
        derivedFramework.set(r, 'tensorflow');
    const regionsByAccount = new Map();
    const note = (acct, region) => {
        let s = regionsByAccount.get(acct);
        if (!s)
            regionsByAccount.set(acct, (s = new Set()));
        s.add(region);
    };
    const table = (rows, fallback) => {
        const m = new Map();
        for (const [region, r] of Object.entries(rows)) {
            m.set(region, { account: r.account, source: r.source ?? fallback });
            note(r.account, region);
        }
        return m;
    };
    const regionFallback = d.policy.unsupported_frameworks_source;
    const dlcByRegion = table(d.registries.dlc.by_region, regionFallback);
    const algorithmByRegion = table(d.registries.sagemaker_algorithm.by_region, regionFallback);
    const dlcExtra = new Map();
    for (const [region, r] of Object.entries(d.registries.dlc_extra_regions)) {
        dlcExtra.set(region, { account: r.account, source: r.source ?? regionFallback, repositories: r.repositories });
        note(r.account, region);
    }
    const legacyByRegion = new Map();
    for (const [region, acct] of Object.entries(d.registries.legacy_sagemaker_framework.by_region)) {
        legacyByRegion.set(region, { account: acct, source: d.registries.legacy_sagemaker_framework.source });
        note(acct, region);
    }
    const releaseLines = new Map();
    for (const l of d.release_lines.lines)
        releaseLines.set(l.line, { line: l.line, latest: l.latest, versions: l.versions });
    const osp = d.other_sagemaker_policies;
    const mlFrameworkRows = osp.ml_framework_containers.map((r) => ({
        group: r.framework === 'XGBoost' ? 'sagemaker-xgboost' : r.framework === 'Scikit-Learn' ? 'sagemaker-scikit-learn' : r.framework,
        repository: r.framework === 'XGBoost' ? 'sagemaker-xgboost' : r.framework === 'Scikit-Learn' ? 'sagemaker-scikit-learn' : r.framework,
        version: r.version,
        ga: r.ga,
        eop: r.eop,
        sources: [osp.source],
        legacy: false,
    }));
    const llmHostingRows = new Map();
    for (const [version, ga, eop] of osp.llm_hosting_containers.rows)
        llmHostingRows.set(version, { group: 'llm-hosting', repository: '*', version, ga, eop, sources: [osp.source], legacy: false });
    const host = (id) => {
        const h = d.uri_grammar.host.find((x) => x.id === id);
        if (!h)
            throw new DlcDataError(`Invalid DLC support data ${source}:\n  uri_grammar.host: no entry with id "${id}"`);
        return new RegExp(h.regex);
    };
    const retired = d.policy.unsupported_frameworks.map((f) => f.eop).sort()[0];
    return {
        generated: d.generated,
        source,
        support,
        images,
        catalog,
        repositoryGroups,
        derivedFramework,
        tagFamilies: d.uri_grammar.tag_families.map((f) => ({ id: f.id, appliesTo: f.applies_to, regex: new RegExp(f.regex) })),
        hosts: { privateEcr: host('private_ecr'), publicDlc: host('public_ecr_dlc') },
        registries: { dlcByRegion, dlcExtra, algorithmByRegion, legacyByRegion, regionsByAccount, publicRegistry: d.registries.public.registry },
        releaseLines,
        mlFrameworkRows,
        llmHostingRows,
        policy: {
            notices: new Map(d.policy.notices.map((n) => [n.id, n])),
            noticesSource: d.policy.notices_source,
            retiredSource: d.policy.unsupported_frameworks_source,
            retiredSince: retired,
            supportPolicyUrl: d.policy.default_eop_rule.source,
            notListedSource: d.policy.not_listed_rule.source,
            cveSla: { ...d.policy.cve_sla.remediation_days, source: d.policy.cve_sla.source },
        },
        telemetry: { tagKey: d.telemetry.ec2_instance_tag_key, tagValueFormat: d.telemetry.ec2_instance_tag_value_format, sources: d.telemetry.sources },
    };
}
