import { classifyHostTag, classifyImage } from './classify.js';
import { buildAge } from './currency.js';
import { daysSince, supportAt } from './support.js';
const refOf = (r) => ({ type: r.type, id: r.id, arn: r.arn, name: r.name, account: r.account, region: r.region });
/**
 * Every place in the view that runs (or will pull) an AWS DLC image, plus references that only
 * look like one (a DLC repository name in an unknown account), which DLC-09 reports. Images of
 * anything else are left out, so rules built on this never speak about non-DLC workloads.
 */
export function dlcWorkloads(view, k, opts = {}) {
    // Every DLC rule starts from this list; it is built once per view scope, support data and options.
    return view.memo(workloadsKey('dlcWorkloads', k, opts), () => findDlcWorkloads(view, k, opts));
}
/** The same workloads grouped by resource (see byResource), built once per view scope like the list. */
export function dlcWorkloadsByResource(view, k, opts = {}) {
    return view.memo(workloadsKey('dlcWorkloadsByResource', k, opts), () => byResource(dlcWorkloads(view, k, opts)));
}
/** What the workloads of a view depend on besides the view: the support data and the trusted accounts. */
const workloadsKey = (what, k, opts) => `${what}\u0000${knowledgeId(k)}\u0000${JSON.stringify(opts.trustedAccounts ?? [])}`;
const knowledgeIds = new WeakMap();
let nextKnowledgeId = 1;
function knowledgeId(k) {
    let id = knowledgeIds.get(k);
    if (id === undefined)
        knowledgeIds.set(k, (id = nextKnowledgeId++));
    return id;
}
function findDlcWorkloads(view, k, opts) {
    const pullThroughRules = view.accountWide('AWS::ECR::PullThroughCacheRule').map((r) => ({ ecrRepositoryPrefix: r.ecrRepositoryPrefix, upstreamRegistryUrl: r.upstreamRegistryUrl }));
    const out = [];
    const add = (kind, resource, where, image, context) => {
        if (!image || describeErrorOf(resource))
            return;
        const classified = classifyImage(image, k, { ownAccount: resource.account, pullThroughRules, trustedAccounts: opts.trustedAccounts });
        if (classified.isDlc || classified.lookalike)
            out.push({ kind, resource, ref: refOf(resource), where, image, classified, context });
    };
    for (const td of view.all('AWS::ECS::TaskDefinition'))
        for (const c of td.containers)
            add('ecs-task-definition', td, `container ${c.name}`, c.image, { environment: Object.fromEntries(c.environment.map((e) => [e.name, e.value])), portMappings: c.portMappings });
    for (const m of view.all('AWS::SageMaker::Model'))
        m.containers.forEach((c, i) => add('sagemaker-model', m, m.containers.length > 1 ? `container ${i + 1}` : 'primary container', c.image, { environment: c.environment }));
    for (const e of view.all('AWS::SageMaker::Endpoint'))
        for (const d of e.deployedImages)
            add('sagemaker-endpoint', e, `variant ${d.variantName}`, d.specifiedImage ?? d.resolvedImage, { resolutionTime: d.resolutionTime, resolvedImage: d.resolvedImage });
    for (const j of view.all('AWS::SageMaker::TrainingJob'))
        add('sagemaker-training-job', j, 'training image', j.trainingImage, { environment: j.environment, instanceCount: j.instanceCount, interContainerEncryption: j.enableInterContainerTrafficEncryption });
    for (const j of view.all('AWS::SageMaker::ProcessingJob'))
        add('sagemaker-processing-job', j, 'processing image', j.imageUri, { environment: j.environment, instanceCount: j.instanceCount, interContainerEncryption: j.enableInterContainerTrafficEncryption });
    for (const lt of view.all('AWS::EC2::LaunchTemplate'))
        if (lt.imageReferences.ok)
            for (const img of lt.imageReferences.value ?? [])
                add('ec2-launch-template', lt, 'user data', img, { metadataOptions: lt.metadataOptions });
    for (const i of view.all('AWS::EC2::Instance')) {
        const tag = i.tags[k.telemetry.tagKey];
        if (tag === undefined)
            continue;
        // An unreadable value still proves a DLC ran here (only DLC telemetry writes this key).
        const classified = classifyHostTag(tag, k) ?? { image: tag, host: 'other', fips: false, china: false, registry: 'not-ecr', isDlc: true, lookalike: null, soci: false, tagKind: 'moving' };
        out.push({ kind: 'ec2-instance', resource: i, ref: refOf(i), where: `tag ${k.telemetry.tagKey}`, image: null, classified, context: { hostTag: tag, metadataOptions: i.metadataOptions } });
    }
    return out;
}
function describeErrorOf(r) {
    return 'describeError' in r && typeof r.describeError === 'string' ? r.describeError : undefined;
}
export function unreadableWorkloads(view) {
    // Every DLC rule asks; the answer depends on the view alone.
    return view.memo('unreadableWorkloads', () => findUnreadableWorkloads(view));
}
function findUnreadableWorkloads(view) {
    const out = [];
    const check = (kind, r, error = describeErrorOf(r)) => {
        if (error)
            out.push({ kind, resource: r, ref: refOf(r), error });
    };
    for (const r of view.all('AWS::ECS::TaskDefinition'))
        check('ecs-task-definition', r);
    for (const r of view.all('AWS::SageMaker::Model'))
        check('sagemaker-model', r);
    for (const r of view.all('AWS::SageMaker::Endpoint'))
        check('sagemaker-endpoint', r);
    for (const r of view.all('AWS::SageMaker::TrainingJob'))
        check('sagemaker-training-job', r);
    for (const r of view.all('AWS::SageMaker::ProcessingJob'))
        check('sagemaker-processing-job', r);
    for (const r of view.all('AWS::EC2::LaunchTemplate'))
        if (!r.imageReferences.ok)
            check('ec2-launch-template', r, r.imageReferences.error);
    return out;
}
/** Workloads that run a genuine DLC image (look-alikes excluded). */
export const genuine = (ws) => ws.filter((w) => w.classified.isDlc);
/** Groups workloads by resource, so a rule reports once per resource (a finding id is per rule and resource). */
export function byResource(ws) {
    const m = new Map();
    for (const w of ws) {
        const key = `${w.ref.type}\u0000${w.ref.arn ?? w.ref.id}`;
        let g = m.get(key);
        if (!g)
            m.set(key, (g = { ref: w.ref, resource: w.resource, workloads: [] }));
        g.workloads.push(w);
    }
    return [...m.values()];
}
/** The rows of `posture dlc`: every DLC workload with its support status at `asOf`. Pure. */
export function dlcReport(inventory, k, asOf, opts = {}) {
    const rows = [];
    for (const account of inventory.accounts)
        for (const w of dlcWorkloads(inventory.view(account), k, opts)) {
            const c = w.classified;
            const s = c.isDlc ? supportAt(c, k, asOf) : undefined;
            const age = c.isDlc ? buildAge(c, k, w.context.resolutionTime) : null;
            rows.push({
                account,
                region: w.ref.region,
                workload: w.kind,
                resource: w.ref,
                where: w.where,
                image: w.image,
                repository: c.repository,
                framework: c.framework,
                version: c.frameworkVersion,
                supportStatus: s ? s.status : 'look-alike',
                eop: s?.eop,
                daysToEop: s?.daysToEop,
                tagKind: w.image === null ? 'host-tag' : c.tagKind,
                registry: c.registry,
                ageDays: age ? daysSince(age.date, asOf) : undefined,
                ageSource: age?.source,
            });
        }
    return rows.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.resource.id.localeCompare(b.resource.id) || a.where.localeCompare(b.where));
}
