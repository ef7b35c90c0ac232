import { renderAsff } from './asff.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderOcsf } from './ocsf.js';
import { renderSarif } from './sarif.js';
/** Every file format (`table` is terminal-only and lives in table.ts). */
export const FORMATS = {
    json: { fileName: 'findings.json', render: (r) => renderJson(r) },
    ocsf: { fileName: 'findings.ocsf.json', render: renderOcsf },
    asff: { fileName: 'findings.asff.json', render: renderAsff },
    sarif: { fileName: 'findings.sarif', render: renderSarif },
    junit: { fileName: 'findings.junit.xml', render: (r) => renderJunit(r) },
    csv: { fileName: 'findings.csv', render: (r) => renderCsv(r) },
    markdown: { fileName: 'findings.md', render: renderMarkdown },
    html: { fileName: 'report.html', render: renderHtml },
};
export const FORMAT_NAMES = Object.keys(FORMATS);
export function isFormatName(name) {
    return Object.hasOwn(FORMATS, name);
}
