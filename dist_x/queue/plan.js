import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { COLLECTORS_BY_ID } from '../collectors/index.js';
import { orderInWaves, unitRegions } from '../collectors/run.js';
import { PostureError } from '../core/errors.js';
/**
 * What every worker needs to run its units: who to reach and how, where, and with which
 * collectors. Role ARNs and the external id only; credentials never enter the database.
 */
export const scanPlanSchema = z.object({
    targets: z.array(z.object({ account: z.string().regex(/^\d{12}$/), roleArn: z.string().optional() })).min(1),
    externalId: z.string().optional(),
    regions: z.array(z.string()).min(1),
    collectors: z.array(z.string()).min(1),
    /** Region global calls (STS, IAM, S3 bucket list) go to. */
    apiRegion: z.string(),
    /** Cap on AWS requests per second of all workers together, retries included (`queue plan --max-rps`). */
    maxRps: z.number().positive().optional(),
    /** The selection the collectors came from, so `status` can say what the scan was for. */
    selection: z.object({ services: z.array(z.string()).optional(), rules: z.array(z.string()).optional() }),
});
/** Writes a scan and one pending row per (account, region, collector) unit; returns the scan. */
export function writePlan(db, plan, now = new Date()) {
    const collectors = plan.collectors.map((id) => {
        const c = COLLECTORS_BY_ID.get(id);
        if (!c)
            throw new PostureError(`unknown collector ${id}`);
        return c;
    });
    const id = `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
    const planned = new Set(plan.collectors);
    const insertUnit = db.prepare('INSERT INTO units (scan_id, seq, account, region, collector) VALUES (?, ?, ?, ?, ?)');
    const insertDep = db.prepare('INSERT INTO unit_deps (scan_id, collector, depends_on) VALUES (?, ?, ?)');
    let seq = 0;
    db.transaction(() => {
        db.prepare('INSERT INTO scans (id, created, plan_json) VALUES (?, ?, ?)').run(id, now.toISOString(), JSON.stringify(plan));
        for (const c of collectors)
            for (const d of c.dependsOn ?? [])
                if (planned.has(d))
                    insertDep.run(id, c.id, d);
        const waves = orderInWaves(collectors);
        for (const { account } of plan.targets)
            for (const wave of waves)
                for (const c of wave)
                    for (const region of unitRegions(c, plan.regions))
                        insertUnit.run(id, seq++, account, region, c.id);
    }).immediate();
    return { id, created: now.toISOString(), plan, units: seq };
}
/** The named scan, or the latest one when no id is given. */
export function readScan(db, file, id) {
    const row = (id
        ? db.prepare('SELECT id, created, plan_json FROM scans WHERE id = ?').get(id)
        : db.prepare('SELECT id, created, plan_json FROM scans ORDER BY created DESC, rowid DESC LIMIT 1').get());
    if (!row) {
        const known = db.prepare('SELECT id FROM scans ORDER BY created').all().map((r) => r.id);
        if (!id)
            throw new PostureError(`${file}: no scan planned (run \`posture queue plan --db ${file}\`)`);
        throw new PostureError(`${file}: no scan "${id}" (${known.length ? `it has ${known.join(', ')}` : 'it has none'})`);
    }
    let plan;
    try {
        plan = scanPlanSchema.parse(JSON.parse(row.plan_json));
    }
    catch (e) {
        throw new PostureError(`${file}: scan ${row.id} has an unreadable plan (${e.message.split('\n')[0]})`);
    }
    return { id: row.id, created: row.created, plan };
}
