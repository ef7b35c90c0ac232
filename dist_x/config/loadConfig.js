import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { PostureError } from '../core/errors.js';
import { suppressionsSchema } from '../report/suppress.js';
/**
 * posture.config.yaml (or .json): settings a team keeps beside its pipeline.
 *
 *   rules:
 *     logs_log_group_retention_minimum_days:
 *       minRetentionDays: 400
 *
 * Every rule's params are validated against that rule's own schema, and an error names the file,
 * the field path and the line.
 */
const configSchema = z
    .object({
    rules: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
    suppressions: suppressionsSchema.optional(),
})
    .strict();
export const DEFAULT_CONFIG_FILES = ['posture.config.yaml', 'posture.config.yml', 'posture.config.json'];
export function loadConfig(path, rules) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        throw new PostureError(`cannot read config ${path}: ${e.message}`);
    }
    return parseConfig(text, path, rules);
}
export function parseConfig(text, path, rules) {
    const lineCounter = new LineCounter();
    // JSON is YAML, so one parser serves both and gives line numbers for either.
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        throw new PostureError(`${path}:${pos.line}: ${e.message.split('\n')[0]}`);
    }
    const raw = doc.toJS() ?? {};
    const where = (segments) => {
        // A missing field has no node: point at the nearest enclosing one that exists.
        let node;
        for (let n = segments.length; n > 0 && !node?.range; n--)
            node = doc.getIn(segments.slice(0, n), true);
        const range = node?.range ?? doc.contents?.range;
        const line = range ? lineCounter.linePos(range[0]).line : undefined;
        return `${path}${line ? `:${line}` : ''}: ${segments.join('.') || '(root)'}`;
    };
    const parsed = configSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        throw new PostureError(`${where(issue.path)}: ${issue.message}${keys.length ? ` (${keys.join(', ')}; allowed: rules, suppressions)` : ''}`);
    }
    const byId = new Map(rules.map((r) => [r.id, r]));
    const params = {};
    for (const [id, value] of Object.entries(parsed.data.rules ?? {})) {
        const rule = byId.get(id);
        if (!rule)
            throw new PostureError(`${where(['rules', id])}: unknown rule id (see \`posture rules\`)`);
        if (!rule.params)
            throw new PostureError(`${where(['rules', id])}: this rule takes no parameters`);
        const p = rule.params.safeParse(value);
        if (!p.success) {
            const issue = p.error.issues[0];
            throw new PostureError(`${where(['rules', id, ...issue.path])}: ${issue.message}`);
        }
        params[id] = value;
    }
    for (const [i, sup] of (parsed.data.suppressions ?? []).entries())
        for (const rule of ruleIdsIn(sup.match))
            if (!byId.has(rule))
                throw new PostureError(`${where(['suppressions', i, 'match'])}: unknown rule id ${rule}`);
    return { params, suppressions: parsed.data.suppressions ?? [], source: path };
}
function ruleIdsIn(expr) {
    if ('all' in expr && expr.all)
        return expr.all.flatMap(ruleIdsIn);
    if ('any' in expr && expr.any)
        return expr.any.flatMap(ruleIdsIn);
    const rule = expr.rule;
    // Globs name families of rules; only plain ids can be checked against the registry.
    return (rule === undefined ? [] : Array.isArray(rule) ? rule : [rule]).filter((r) => !/[*?]/.test(r));
}
