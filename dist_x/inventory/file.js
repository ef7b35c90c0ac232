import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { PostureError } from '../core/errors.js';
import { Inventory } from './inventory.js';
import { savedInventorySchema } from './schema.js';
/** Reads and validates a saved inventory; any problem is one PostureError naming the file and field. */
export function loadInventoryFile(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        throw new PostureError(`cannot read inventory ${path}: ${e.message}`);
    }
    return new Inventory(parseInventory(text, path));
}
export function parseInventory(text, source) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new PostureError(`${source}: not valid JSON (${e.message})`);
    }
    const parsed = savedInventorySchema.safeParse(json);
    if (!parsed.success)
        throw new PostureError(`${source}: ${describeIssue(parsed.error, json)}`);
    return parsed.data;
}
function describeIssue(error, json) {
    const issue = error.issues[0];
    if (!issue)
        return 'invalid inventory';
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    let where = path || '(root)';
    // Name the resource too, so a bad field among thousands can be found.
    if (issue.path[0] === 'resources' && typeof issue.path[1] === 'number') {
        const r = json.resources?.[issue.path[1]];
        if (r && typeof r === 'object')
            where += ` (${String(r.type)} ${String(r.id)})`;
    }
    return `invalid inventory at ${where}: ${issue.message}${error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : ''}`;
}
/** Writes atomically, so a failed write never leaves half a file behind. */
export function saveInventoryFile(path, data) {
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(data, null, 1) + '\n');
    renameSync(tmp, path);
}
