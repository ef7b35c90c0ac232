import type { ResourceRef } from '../engine/defineRule.js';
import type { Inventory, InventoryView } from '../inventory/inventory.js';
import type { Resource } from '../inventory/schema.js';
import { classifyHostTag, classifyImage, type ClassifiedImage, type TagKind } from './classify.js';
import { buildAge } from './currency.js';
import type { DlcKnowledge } from './knowledge.js';
import { daysSince, supportAt, type SupportStatus } from './support.js';

export type WorkloadKind =
  | 'ecs-task-definition'
  | 'sagemaker-model'
  | 'sagemaker-endpoint'
  | 'sagemaker-training-job'
  | 'sagemaker-processing-job'
  | 'ec2-instance'
  | 'ec2-launch-template';

export interface WorkloadContext {
  environment?: Record<string, string>;
  portMappings?: Array<{ containerPort?: number; hostPort?: number; protocol?: string }>;
  instanceCount?: number;
  interContainerEncryption?: boolean;
  /** When SageMaker resolved the tag to a digest for the running endpoint. */
  resolutionTime?: string;
  resolvedImage?: string;
  /** The DLC telemetry tag value on an EC2 host. */
  hostTag?: string;
  metadataOptions?: { httpTokens?: string; httpEndpoint?: string; httpPutResponseHopLimit?: number };
}

/** One image of one workload: a resource can run several (containers, variants). */
export interface DlcWorkload {
  kind: WorkloadKind;
  resource: Resource;
  ref: ResourceRef;
  /** Which part of the resource holds the image: `container web`, `variant AllTraffic`, `user data`. */
  where: string;
  /** The image reference, or null when only the host tag shows a DLC ran. */
  image: string | null;
  classified: ClassifiedImage;
  context: WorkloadContext;
}

export interface WorkloadOptions {
  /** Accounts the user trusts as mirrors of DLC images (not look-alikes). */
  trustedAccounts?: string[];
}

const refOf = (r: Resource): ResourceRef => ({ type: r.type, id: r.id, arn: r.arn, name: r.name, account: r.account, region: r.region });

/**
 * Every place in the view that runs (or will pull) an AWS DLC image, plus references that only
 * look like one (a DLC repository name in an unknown account), which DLC-09 reports. Images of
 * anything else are left out, so rules built on this never speak about non-DLC workloads.
 */
export function dlcWorkloads(view: InventoryView, k: DlcKnowledge, opts: WorkloadOptions = {}): readonly DlcWorkload[] {
  // Every DLC rule starts from this list; it is built once per view scope, support data and options.
  return view.memo(workloadsKey('dlcWorkloads', k, opts), () => findDlcWorkloads(view, k, opts));
}

/** The same workloads grouped by resource (see byResource), built once per view scope like the list. */
export function dlcWorkloadsByResource(view: InventoryView, k: DlcKnowledge, opts: WorkloadOptions = {}): ReturnType<typeof byResource> {
  return view.memo(workloadsKey('dlcWorkloadsByResource', k, opts), () => byResource(dlcWorkloads(view, k, opts)));
}

/** What the workloads of a view depend on besides the view: the support data and the trusted accounts. */
const workloadsKey = (what: string, k: DlcKnowledge, opts: WorkloadOptions) => `${what}\u0000${knowledgeId(k)}\u0000${JSON.stringify(opts.trustedAccounts ?? [])}`;

const knowledgeIds = new WeakMap<DlcKnowledge, number>();
let nextKnowledgeId = 1;
function knowledgeId(k: DlcKnowledge): number {
  let id = knowledgeIds.get(k);
  if (id === undefined) knowledgeIds.set(k, (id = nextKnowledgeId++));
  return id;
}

function findDlcWorkloads(view: InventoryView, k: DlcKnowledge, opts: WorkloadOptions): DlcWorkload[] {
  const pullThroughRules = view.accountWide('AWS::ECR::PullThroughCacheRule').map((r) => ({ ecrRepositoryPrefix: r.ecrRepositoryPrefix, upstreamRegistryUrl: r.upstreamRegistryUrl }));
  const out: DlcWorkload[] = [];
  const add = (kind: WorkloadKind, resource: Resource, where: string, image: string | undefined, context: WorkloadContext) => {
    if (!image || describeErrorOf(resource)) return;
    const classified = classifyImage(image, k, { ownAccount: resource.account, pullThroughRules, trustedAccounts: opts.trustedAccounts });
    if (classified.isDlc || classified.lookalike) out.push({ kind, resource, ref: refOf(resource), where, image, classified, context });
  };
  for (const td of view.all('AWS::ECS::TaskDefinition'))
    for (const c of td.containers) add('ecs-task-definition', td, `container ${c.name}`, c.image, { environment: Object.fromEntries(c.environment.map((e) => [e.name, e.value])), portMappings: c.portMappings });
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
    if (lt.imageReferences.ok) for (const img of lt.imageReferences.value ?? []) add('ec2-launch-template', lt, 'user data', img, { metadataOptions: lt.metadataOptions });
  for (const i of view.all('AWS::EC2::Instance')) {
    const tag = i.tags[k.telemetry.tagKey];
    if (tag === undefined) continue;
    // An unreadable value still proves a DLC ran here (only DLC telemetry writes this key).
    const classified: ClassifiedImage = classifyHostTag(tag, k) ?? { image: tag, host: 'other', fips: false, china: false, registry: 'not-ecr', isDlc: true, lookalike: null, soci: false, tagKind: 'moving' };
    out.push({ kind: 'ec2-instance', resource: i, ref: refOf(i), where: `tag ${k.telemetry.tagKey}`, image: null, classified, context: { hostTag: tag, metadataOptions: i.metadataOptions } });
  }
  return out;
}

function describeErrorOf(r: Resource): string | undefined {
  return 'describeError' in r && typeof r.describeError === 'string' ? r.describeError : undefined;
}

/** A resource that might run a DLC image but whose settings could not be read: rules report ERROR for it. */
export interface UnreadableWorkload {
  kind: WorkloadKind;
  resource: Resource;
  ref: ResourceRef;
  error: string;
}

export function unreadableWorkloads(view: InventoryView): readonly UnreadableWorkload[] {
  // Every DLC rule asks; the answer depends on the view alone.
  return view.memo('unreadableWorkloads', () => findUnreadableWorkloads(view));
}

function findUnreadableWorkloads(view: InventoryView): UnreadableWorkload[] {
  const out: UnreadableWorkload[] = [];
  const check = (kind: WorkloadKind, r: Resource, error = describeErrorOf(r)) => {
    if (error) out.push({ kind, resource: r, ref: refOf(r), error });
  };
  for (const r of view.all('AWS::ECS::TaskDefinition')) check('ecs-task-definition', r);
  for (const r of view.all('AWS::SageMaker::Model')) check('sagemaker-model', r);
  for (const r of view.all('AWS::SageMaker::Endpoint')) check('sagemaker-endpoint', r);
  for (const r of view.all('AWS::SageMaker::TrainingJob')) check('sagemaker-training-job', r);
  for (const r of view.all('AWS::SageMaker::ProcessingJob')) check('sagemaker-processing-job', r);
  for (const r of view.all('AWS::EC2::LaunchTemplate')) if (!r.imageReferences.ok) check('ec2-launch-template', r, r.imageReferences.error);
  return out;
}

/** Workloads that run a genuine DLC image (look-alikes excluded). */
export const genuine = (ws: readonly DlcWorkload[]) => ws.filter((w) => w.classified.isDlc);

/** Groups workloads by resource, so a rule reports once per resource (a finding id is per rule and resource). */
export function byResource(ws: readonly DlcWorkload[]): Array<{ ref: ResourceRef; resource: Resource; workloads: DlcWorkload[] }> {
  const m = new Map<string, { ref: ResourceRef; resource: Resource; workloads: DlcWorkload[] }>();
  for (const w of ws) {
    const key = `${w.ref.type}\u0000${w.ref.arn ?? w.ref.id}`;
    let g = m.get(key);
    if (!g) m.set(key, (g = { ref: w.ref, resource: w.resource, workloads: [] }));
    g.workloads.push(w);
  }
  return [...m.values()];
}

export interface DlcReportRow {
  account: string;
  region: string;
  workload: WorkloadKind;
  resource: ResourceRef;
  where: string;
  image: string | null;
  repository?: string;
  framework?: string;
  version?: string;
  supportStatus: SupportStatus | 'look-alike';
  eop?: string;
  daysToEop?: number;
  tagKind: TagKind | 'host-tag';
  registry: string;
  ageDays?: number;
  ageSource?: string;
}

/** The rows of `posture dlc`: every DLC workload with its support status at `asOf`. Pure. */
export function dlcReport(inventory: Inventory, k: DlcKnowledge, asOf: Date, opts: WorkloadOptions = {}): DlcReportRow[] {
  const rows: DlcReportRow[] = [];
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
