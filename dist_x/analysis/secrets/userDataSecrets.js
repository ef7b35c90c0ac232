import { envSecrets } from './envSecrets.js';
import { sensitiveText } from './sensitiveText.js';
/** Enough evidence to act on; a script full of keys does not need every line listed. */
const MAX_HITS = 20;
const ASSIGNMENT = /^\s*(?:export\s+|set\s+|setx\s+|\$env:)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?::|=)\s*(.*)$/;
/** Values computed at boot or read from a secret store; the assignment holds no secret itself. */
const COMPUTED = /^(\$|`|%|\{\{|<%)/;
function assignedValue(raw) {
    let v = raw.trim();
    const quote = v[0];
    if ((quote === '"' || quote === "'") && v.indexOf(quote, 1) > 0)
        v = v.slice(1, v.indexOf(quote, 1));
    else
        v = v.split(/\s+#|\s/)[0] ?? '';
    return v;
}
export function userDataSecrets(text) {
    const hits = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length && hits.length < MAX_HITS; i++) {
        const line = lines[i];
        // Comments are scanned too: a commented-out key is as readable as a live one.
        if (!line.trim())
            continue;
        const shape = sensitiveText('line', line)[0];
        const m = ASSIGNMENT.exec(line);
        if (shape) {
            hits.push({ line: i + 1, kind: shape.kind, variable: m?.[1] });
            continue;
        }
        if (!m)
            continue;
        const value = assignedValue(m[2]);
        if (!value || COMPUTED.test(value))
            continue;
        const hit = envSecrets([{ name: m[1], value }])[0];
        if (hit)
            hits.push({ line: i + 1, kind: hit.kind, variable: m[1] });
    }
    return hits;
}
/** "line 3 (DB_PASSWORD): name says it holds a secret ...; line 9: private key" */
export const describeUserDataHits = (hits) => hits.map((h) => `line ${h.line}${h.variable ? ` (${h.variable})` : ''}: ${h.kind}`).join('; ');
