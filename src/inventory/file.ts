import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';
import { PostureError } from '../core/errors.js';
import { Inventory } from './inventory.js';
import { savedInventorySchema, type SavedInventory } from './schema.js';

/** Reads and validates a saved inventory; any problem is one PostureError naming the file and field. */
export function loadInventoryFile(path: string): Inventory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PostureError(`cannot read inventory ${path}: ${(e as Error).message}`);
  }
  return new Inventory(parseInventory(text, path));
}

export function parseInventory(text: string, source: string): SavedInventory {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PostureError(`${source}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = savedInventorySchema.safeParse(json);
  if (!parsed.success) throw new PostureError(`${source}: ${describeIssue(parsed.error, json)}`);
  return parsed.data as SavedInventory;
}

function describeIssue(error: z.ZodError, json: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid inventory';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  let where = path || '(root)';
  // Name the resource too, so a bad field among thousands can be found.
  if (issue.path[0] === 'resources' && typeof issue.path[1] === 'number') {
    const r = (json as { resources?: Array<{ type?: unknown; id?: unknown }> }).resources?.[issue.path[1]];
    if (r && typeof r === 'object') where += ` (${String(r.type)} ${String(r.id)})`;
  }
  return `invalid inventory at ${where}: ${issue.message}${error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : ''}`;
}

/** Writes atomically, so a failed write never leaves half a file behind. */
export function saveInventoryFile(path: string, data: SavedInventory): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(data, null, 1) + '\n');
  renameSync(tmp, path);
}
