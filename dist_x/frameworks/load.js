import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { PostureError } from '../core/errors.js';
/**
 * Frameworks are data (frameworks/*.yaml): every control of a benchmark or standard, automated or
 * manual, and the rule ids whose findings decide it. Rules never name frameworks.
 */
export const FRAMEWORKS_DIR = fileURLToPath(new URL('../../frameworks/', import.meta.url));
const controlSchema = z
    .object({
    id: z.string().min(1),
    title: z.string().min(1),
    section: z.string().min(1),
    /** The framework's own label: can the control be checked by a tool at all? */
    assessment: z.enum(['automated', 'manual']),
    /** CIS profile level. */
    level: z.union([z.literal(1), z.literal(2)]).optional(),
    rules: z.array(z.string().regex(/^[a-z0-9_]+$/, 'expected a rule id (snake_case)')),
    /** Where posture's rules cover the control only in part. */
    note: z.string().min(1).optional(),
})
    .strict();
const frameworkSchema = z
    .object({
    id: z.string().regex(/^[a-z0-9.-]+$/, 'expected a lower-case id such as cis-aws-3.0.0'),
    name: z.string().min(1),
    version: z.string().min(1),
    url: z.string().url(),
    controls: z.array(controlSchema).min(1),
})
    .strict();
const unmappedSchema = z
    .object({ unmapped: z.array(z.object({ rule: z.string().min(1), reason: z.string().min(10) }).strict()) })
    .strict();
function readYaml(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new PostureError(`cannot read ${file}: ${e.message}`);
    }
    try {
        return parse(text);
    }
    catch (e) {
        throw new PostureError(`${file}: ${e.message.split('\n')[0]}`);
    }
}
function check(schema, raw, file) {
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new PostureError(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
/** Parses and validates one framework document; errors name the file and the field path. */
export function parseFramework(raw, file) {
    const fw = check(frameworkSchema, raw, file);
    const seen = new Set();
    fw.controls.forEach((c, i) => {
        if (seen.has(c.id))
            throw new PostureError(`${file}: controls.${i}.id: duplicate control id ${c.id}`);
        seen.add(c.id);
        const dup = c.rules.find((r, j) => c.rules.indexOf(r) !== j);
        if (dup)
            throw new PostureError(`${file}: controls.${i}.rules: ${dup} listed twice`);
    });
    return fw;
}
export function loadFrameworkFile(file) {
    const fw = parseFramework(readYaml(file), file);
    const expected = basename(file).replace(/\.ya?ml$/, '');
    if (fw.id !== expected)
        throw new PostureError(`${file}: id: ${fw.id} does not match the file name (${expected})`);
    return fw;
}
/** Ids of the frameworks shipped in `dir` (every *.yaml except unmapped.yaml). */
export function frameworkIds(dir = FRAMEWORKS_DIR) {
    return readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f) && !/^unmapped\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.ya?ml$/, ''))
        .sort();
}
/** Loads a shipped framework by id (e.g. `cis-aws-3.0.0`). */
export function loadFramework(id, dir = FRAMEWORKS_DIR) {
    const ids = frameworkIds(dir);
    if (!ids.includes(id))
        throw new PostureError(`unknown framework ${id} (known: ${ids.join(', ')})`);
    return loadFrameworkFile(join(dir, `${id}.yaml`));
}
export function loadAllFrameworks(dir = FRAMEWORKS_DIR) {
    return frameworkIds(dir).map((id) => loadFramework(id, dir));
}
/** Rules deliberately mapped to no framework, with the reason for each. */
export function loadUnmapped(dir = FRAMEWORKS_DIR) {
    const file = join(dir, 'unmapped.yaml');
    return check(unmappedSchema, readYaml(file), file).unmapped;
}
