/** Numeric comparison of dotted versions; missing parts compare as equal (2.6 vs 2.6.0 → 0). */
export function compareVersions(a, b) {
    const pa = a.split(/[.+-]/).map((x) => parseInt(x, 10));
    const pb = b.split(/[.+-]/).map((x) => parseInt(x, 10));
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = Number.isNaN(pa[i]) ? 0 : pa[i];
        const y = Number.isNaN(pb[i]) ? 0 : pb[i];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
export const majorMinor = (v) => v.split('.').slice(0, 2).join('.');
const rowFrom = (rows, pick) => rows.find(pick);
/**
 * Finds the support row for a classified DLC image. For PyTorch and TensorFlow the
 * repository's own row wins over its group's and over the legacy all-repository row
 * (pytorch-training 2.6 ends 2026-01-29, pytorch-inference 2.6 on 2026-06-30). Images AWS does not
 * list (HuggingFace, Neuron, trcomp, StabilityAI) follow their framework's row: `derived`.
 */
export function supportFor(c, k) {
    const cat = c.catalog;
    const repo = c.repository ?? '';
    if (!cat)
        return { kind: 'unknown', reason: `${repo || c.image} is not a repository in the DLC catalog` };
    if (cat.unsupportedSince || cat.supportGroup === 'mxnet' || cat.supportGroup === 'elastic-inference')
        return {
            kind: 'retired',
            since: cat.unsupportedSince ?? k.policy.retiredSince,
            reason: cat.supportGroup === 'elastic-inference' ? 'Elastic Inference images are no longer supported' : 'MXNet images are no longer supported',
            source: k.policy.retiredSource,
        };
    if (cat.supportGroup === 'legacy' || cat.unsupported)
        return { kind: 'retired', since: k.policy.retiredSince, reason: `${repo} is a pre-DLC SageMaker framework image, long out of support`, source: k.registries.legacyByRegion.values().next().value?.source ?? k.policy.supportPolicyUrl };
    if (cat.supportGroup === 'latest-only')
        return { kind: 'latest-only', reason: 'only the latest released vLLM/SGLang versions are supported', source: k.policy.noticesSource };
    const version = c.frameworkVersion;
    if (!version)
        return { kind: 'unknown', reason: c.digest && !c.tag ? 'the framework version cannot be read from a digest-only reference' : `the framework version cannot be read from tag ${c.tag ?? '(none)'}` };
    const fw = cat.supportGroup === 'pytorch' || cat.supportGroup === 'tensorflow' ? cat.supportGroup : k.derivedFramework.get(repo);
    if (fw)
        return frameworkRow(c, k, fw, repo, version, cat.derivedSupport || k.derivedFramework.has(repo));
    if (cat.supportGroup === 'base|base-ubuntu') {
        const group = c.family === 'base_al2023' ? 'base' : 'base-ubuntu';
        const rows = k.support.filter((r) => r.group === group);
        const exact = rowFrom(rows, (r) => r.version === version);
        const byMinor = rows.filter((r) => majorMinor(r.version) === majorMinor(version)).sort((a, b) => compareVersions(b.version, a.version))[0];
        const row = exact ?? byMinor;
        if (row)
            return { kind: 'row', row, derived: false, basis: exact ? `${group} ${row.version}` : `${group} ${majorMinor(version)} (newest ${row.version})` };
        return offTableOrUnknown(c, k, rows, version, group);
    }
    if (cat.supportGroup === 'self') {
        const rows = [...k.support.filter((r) => r.group === repo), ...k.mlFrameworkRows.filter((r) => r.group === repo)];
        const row = rows.find((r) => r.version === version);
        if (row && row.eop)
            return { kind: 'row', row, derived: false, basis: `${repo} ${row.version}` };
        if (row)
            return { kind: 'off-table', reason: `${repo} ${version} is listed as not supported`, source: row.sources[0] };
        return offTableOrUnknown(c, k, rows, version, repo);
    }
    if (cat.supportGroup === 'llm-hosting') {
        const key = c.lib ? `${c.lib.name}${c.lib.version}` : undefined;
        const row = key ? k.llmHostingRows.get(key) : undefined;
        if (row)
            return { kind: 'row', row, derived: false, basis: `LLM hosting container ${key}` };
        return { kind: 'unknown', reason: `no End of Patch row for ${key ?? repo}; AWS ends TGI/TEI patches 30 days after release` };
    }
    if (cat.supportGroup) {
        const rows = k.support.filter((r) => r.group === cat.supportGroup);
        const row = rows.find((r) => r.version === version) ?? rows.find((r) => majorMinor(r.version) === majorMinor(version) && rows.length === 1);
        if (row)
            return { kind: 'row', row, derived: false, basis: `${cat.supportGroup} ${row.version}` };
    }
    if (c.imageRow?.eop)
        return {
            kind: 'row',
            row: { group: cat.supportGroup ?? repo, repository: c.imageRow.key, version: c.imageRow.version, ga: c.imageRow.ga, eop: c.imageRow.eop, sources: [c.imageRow.source], legacy: false },
            derived: false,
            basis: `published image ${repo}:${c.tag}`,
        };
    return { kind: 'unknown', reason: `AWS publishes no End of Patch date for ${repo}${cat.note ? ` (${cat.note})` : ''}` };
}
function frameworkRow(c, k, fw, repo, version, derived) {
    const mm = majorMinor(version);
    const groupRows = k.support.filter((r) => r.group === fw);
    const rows = groupRows.filter((r) => majorMinor(r.version) === mm);
    const analog = derived ? (repo.includes('inference') ? `${fw}-inference` : repo.includes('training') ? `${fw}-training` : null) : null;
    const candidates = [
        [derived ? undefined : rows.find((r) => r.repository === repo), `${repo} ${mm}`],
        [derived ? undefined : rows.find((r) => k.repositoryGroups.get(r.repository)?.includes(repo)), `${repo} via its group ${mm}`],
        [analog ? rows.find((r) => r.repository === analog) : undefined, `${analog} ${mm} (AWS: images not listed follow their framework)`],
        [rows.find((r) => r.legacy), `${fw} ${mm} (all repositories)`],
        // Last resort: another repository's row for the same version; the earliest End of Patch is the safe reading.
        [[...rows].sort((a, b) => (a.eop ?? '').localeCompare(b.eop ?? ''))[0], `${fw} ${mm} (nearest repository row)`],
    ];
    for (const [row, basis] of candidates)
        if (row)
            return { kind: 'row', row, derived, basis };
    return offTableOrUnknown(c, k, groupRows, version, fw);
}
function offTableOrUnknown(c, k, rows, version, group) {
    const oldest = [...rows].sort((a, b) => compareVersions(a.version, b.version))[0];
    if (oldest && compareVersions(majorMinor(version), majorMinor(oldest.version)) < 0)
        return {
            kind: 'off-table',
            oldest,
            reason: `${group} ${version} is older than the oldest version in the support table (${oldest.version}, End of Patch ${oldest.eop ?? 'n/a'}), so it receives no patches`,
            source: k.policy.supportPolicyUrl,
        };
    return { kind: 'unknown', reason: `the support data has no row for ${group} ${version}${oldest ? '; it may be newer than the data' : ''}` };
}
const DAY = 86_400_000;
/** Whole days from `from` (a Date) to a YYYY-MM-DD date, counting the date itself as the last covered day. */
export function daysUntil(date, from) {
    const d = Date.parse(`${date}T00:00:00Z`);
    const f = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    return Math.round((d - f) / DAY);
}
export function daysSince(date, asOf) {
    return -daysUntil(date.slice(0, 10), asOf);
}
/**
 * Classified images are shared by every workload that names the same image, and several rules ask
 * for the same image's status at the same date: answers are kept per knowledge object, image and
 * date. Callers must not mutate them.
 */
const supportMemo = new WeakMap();
/** The support status at the scan date: a version is supported while its End of Patch date is today or later (AWS's `eop >= today`). */
export function supportAt(c, k, asOf) {
    let byImage = supportMemo.get(k);
    if (!byImage)
        supportMemo.set(k, (byImage = new WeakMap()));
    let byDate = byImage.get(c);
    if (!byDate)
        byImage.set(c, (byDate = new Map()));
    let state = byDate.get(asOf.getTime());
    if (!state)
        byDate.set(asOf.getTime(), (state = supportAtUncached(c, k, asOf)));
    return state;
}
function supportAtUncached(c, k, asOf) {
    const verdict = supportFor(c, k);
    switch (verdict.kind) {
        case 'row': {
            const eop = verdict.row.eop;
            const days = daysUntil(eop, asOf);
            return { status: days >= 0 ? 'supported' : 'past-eop', eop, daysToEop: days, verdict };
        }
        case 'retired':
            return { status: 'retired', eop: verdict.since, daysToEop: daysUntil(verdict.since, asOf), verdict };
        case 'off-table':
            return { status: 'unsupported', eop: verdict.oldest?.eop ?? undefined, verdict };
        case 'latest-only':
            return { status: 'latest-only', verdict };
        default:
            return { status: 'unknown', verdict };
    }
}
/** The row, date and source a finding cites. */
export function supportEvidence(s, k) {
    const v = s.verdict;
    const base = { supportStatus: s.status, dataGenerated: k.generated, dataFile: k.source };
    if (v.kind === 'row')
        return { ...base, supportRow: { group: v.row.group, repository: v.row.repository, version: v.row.version, ga: v.row.ga, eop: v.row.eop }, eop: v.row.eop, derived: v.derived, basis: v.basis, source: v.row.sources[0] };
    if (v.kind === 'retired')
        return { ...base, eop: v.since, reason: v.reason, source: v.source };
    if (v.kind === 'off-table')
        return { ...base, reason: v.reason, oldestRow: v.oldest ? { version: v.oldest.version, eop: v.oldest.eop } : undefined, source: v.source };
    return { ...base, reason: v.reason, source: 'source' in v ? v.source : k.policy.supportPolicyUrl };
}
/** The part of the data's age that matters to rules which judge "latest" or "soon": days between generation and the scan. */
export function dataAgeDays(k, asOf) {
    return daysSince(k.generated, asOf);
}
