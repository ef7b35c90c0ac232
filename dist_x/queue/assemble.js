import { PostureError } from '../core/errors.js';
import { parseInventory } from '../inventory/file.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION } from '../inventory/schema.js';
import { unitCounts } from './units.js';
/**
 * The inventory of a finished scan, in the shape a one-process scan saves: accounts in plan
 * order, each account's units in plan (dependency-wave) order. It is validated like any saved
 * inventory, so evaluation cannot tell where it came from.
 */
export function assemble(db, file, scan) {
    const counts = unitCounts(db, scan.id);
    if (counts.pending || counts.claimed)
        throw new PostureError(`scan ${scan.id} is not finished: ${counts.pending} unit(s) pending, ${counts.claimed} being collected, of ${counts.total}; run \`posture queue work --db ${file}\` until none are left`);
    // Plan order is account by account, so this is also one account after another.
    const rows = db.prepare('SELECT account, status_json, resources_json, finished_at FROM units WHERE scan_id = ? ORDER BY seq').all(scan.id);
    const collections = [];
    const resources = [];
    let last = 0;
    for (const r of rows) {
        collections.push(JSON.parse(r.status_json));
        // A loop, not push(...): a unit can hold more resources than a call can take arguments.
        for (const x of JSON.parse(r.resources_json))
            resources.push(x);
        last = Math.max(last, r.finished_at);
    }
    const inventory = {
        format: INVENTORY_FORMAT,
        version: INVENTORY_VERSION,
        collectedAt: new Date(last || Date.parse(scan.created)).toISOString(),
        accounts: scan.plan.targets.map((t) => t.account),
        regions: scan.plan.regions,
        collections,
        resources,
    };
    return parseInventory(JSON.stringify(inventory), `${file} scan ${scan.id}`);
}
