export const CSV_COLUMNS = [
    'id', 'status', 'severity', 'service', 'topic', 'ruleId', 'title', 'account', 'region',
    'resourceType', 'resourceId', 'resourceArn', 'resourceName', 'message', 'evidence', 'remediation', 'remediationUrl',
];
/**
 * A spreadsheet runs a cell that begins with = + - @ (or tab/CR, which some strip first) as a
 * formula; resource names and tags are attacker-controlled, so such cells get a leading quote.
 */
export function neutraliseCell(value) {
    return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
/** RFC 4180: quote a field holding a quote, comma, CR or LF; double embedded quotes. */
export function csvField(value) {
    const s = neutraliseCell(String(value ?? ''));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function row(f) {
    return [
        f.id, f.status, f.severity, f.service, f.topic, f.ruleId, f.title, f.resource.account, f.resource.region,
        f.resource.type, f.resource.id, f.resource.arn ?? '', f.resource.name ?? '', f.message,
        JSON.stringify(f.evidence), f.remediation.text, f.remediation.url,
    ];
}
export function renderCsv(result) {
    const lines = [CSV_COLUMNS.join(','), ...result.findings.map((f) => row(f).map(csvField).join(','))];
    return lines.join('\r\n') + '\r\n';
}
