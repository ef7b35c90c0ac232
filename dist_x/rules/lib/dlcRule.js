import { z } from 'zod';
import { error, fail, pass } from '../../engine/defineRule.js';
import { dataAgeDays } from '../../dlc/support.js';
import { dlcWorkloadsByResource, genuine, unreadableWorkloads } from '../../dlc/workloads.js';
/** Collectors whose resources can name a DLC image. A failed unit of any of them makes DLC rules ERROR there. */
export const IMAGE_COLLECTORS = ['ecs.taskDefinitions', 'sagemaker.models', 'sagemaker.endpoints', 'sagemaker.trainingJobs', 'sagemaker.processingJobs', 'ec2.launchTemplates'];
/** Plus EC2 instances, whose DLC telemetry tag shows a DLC ran there without naming the image. */
export const WORKLOAD_COLLECTORS = [...IMAGE_COLLECTORS, 'ec2.instances'];
/**
 * The support data is a snapshot: "latest version", "End of Patch soon" and "newer build exists"
 * drift as AWS publishes. 120 days is about one PyTorch minor-release cycle plus a quarter of slack;
 * past it such rules say ERROR rather than judge from a stale table.
 */
export const DEFAULT_MAX_DATA_AGE_DAYS = 120;
export const maxDataAge = z.number().int().positive().default(DEFAULT_MAX_DATA_AGE_DAYS);
export function staleDataMessage(k, asOf, maxDataAgeDays) {
    const age = dataAgeDays(k, asOf);
    return age > maxDataAgeDays
        ? `DLC support data too old: generated ${k.generated}, ${age} days before the scan date ${asOf.toISOString().slice(0, 10)} (limit ${maxDataAgeDays} days); refresh it or pass a newer file with --dlc-data.`
        : null;
}
/** "<resource> (<where>: <image>)": names the resource and the image the verdict is about. */
export const imageLabel = (w) => `${w.ref.name ?? w.ref.id} (${w.where}${w.image ? `: ${w.image}` : ` = ${w.classified.image}`})`;
/**
 * Runs a per-image judgement over the DLC workloads of the view and reports once per resource:
 * FAIL if any of its images fails, else ERROR if any could not be judged, else PASS; resources
 * with nothing to judge get no result.
 */
export function* evaluateDlc(ctx, spec) {
    const k = ctx.dlc();
    const select = spec.select ?? genuine;
    const stale = spec.maxDataAgeDays !== undefined ? staleDataMessage(k, ctx.asOf, spec.maxDataAgeDays) : null;
    // A resource that was listed but not described may run a DLC image: unknown, so ERROR rather than silence.
    for (const u of unreadableWorkloads(ctx.inventory))
        if (!spec.kinds || spec.kinds.includes(u.kind))
            yield error(u.ref, `${u.ref.name ?? u.ref.id} could not be read (${u.error}), so whether it runs a DLC image is unknown.`, { workload: u.kind, error: u.error });
    // Groups are built once per view and shared by every DLC rule; each rule selects within a group
    // (a resource's workloads are contiguous, so selecting within groups keeps the order of selecting first).
    for (const g of dlcWorkloadsByResource(ctx.inventory, k, spec.workloadOptions)) {
        const workloads = select(g.workloads);
        if (!workloads.length)
            continue;
        if (stale) {
            yield error(g.ref, stale, { dataGenerated: k.generated, dataFile: k.source, images: workloads.map(imageLabel) });
            continue;
        }
        const verdicts = workloads.map((w) => ({ w, v: spec.judge(w, k) })).filter((x) => x.v.status !== 'skip');
        if (!verdicts.length)
            continue;
        const worst = verdicts.filter((x) => x.v.status === 'fail').length ? 'fail' : verdicts.some((x) => x.v.status === 'error') ? 'error' : 'pass';
        const chosen = verdicts.filter((x) => x.v.status === worst);
        const message = chosen.length === 1 ? chosen[0].v.message : `${chosen[0].v.message} (and ${chosen.length - 1} more image(s) of this resource)`;
        const evidence = chosen.length === 1 ? (chosen[0].v.evidence ?? {}) : { images: chosen.map((x) => ({ where: x.w.where, image: x.w.image, message: x.v.message, ...x.v.evidence })) };
        yield (worst === 'fail' ? fail : worst === 'error' ? error : pass)(g.ref, message, evidence);
    }
}
/** Facts about the image every DLC finding carries. */
export function imageEvidence(w) {
    const c = w.classified;
    return {
        workload: w.kind,
        where: w.where,
        image: w.image ?? undefined,
        hostTag: w.context.hostTag,
        repository: c.repository,
        framework: c.framework,
        frameworkVersion: c.frameworkVersion,
        tagFamily: c.family,
        registry: c.registry,
    };
}
