import { failed, ok } from '../inventory/base.js';
import { classifyAwsError, isNotFound } from '../aws/errors.js';
/** Tag lists come as [{Key, Value}] (or lower-case in some APIs); the inventory keeps a map. */
export function tagMap(tags) {
    const out = {};
    for (const t of tags ?? []) {
        const k = t.Key ?? t.key;
        if (k !== undefined)
            out[k] = t.Value ?? t.value ?? '';
    }
    return out;
}
/** A per-resource detail call: a "not found" answer means "not configured", any other error is kept. */
export async function detail(call) {
    try {
        return ok((await call()) ?? null);
    }
    catch (e) {
        if (isNotFound(e))
            return ok(null);
        return failed(classifyAwsError(e).message);
    }
}
/** Policy documents arrive as JSON strings, sometimes URL-encoded (IAM). */
export function parsePolicy(text) {
    if (!text)
        return null;
    try {
        return JSON.parse(text);
    }
    catch {
        try {
            return JSON.parse(decodeURIComponent(text));
        }
        catch {
            return text;
        }
    }
}
export async function collectAll(pages) {
    const out = [];
    for await (const p of pages)
        out.push(p);
    return out;
}
export function iso(d) {
    if (d === undefined)
        return undefined;
    return d instanceof Date ? d.toISOString() : String(d);
}
/** Runs `fn` over items with at most `limit` at a time, keeping order. */
export async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/**
 * One listing per SDK client, shared by the collectors that need it (a client is one account and
 * region of one scan). A failed listing is shared too, so every unit built on it fails.
 */
export function oncePerClient(cache, client, load) {
    let pending = cache.get(client);
    if (!pending)
        cache.set(client, (pending = load()));
    return pending;
}
