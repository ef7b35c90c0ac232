import type { ScanResult } from '../scan/result.js';
import { renderAsff } from './asff.js';
import type { RenderContext } from './context.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderOcsf } from './ocsf.js';
import { renderSarif } from './sarif.js';

export interface OutputFormat {
  /** File written under `--output-dir`. */
  fileName: string;
  render: (result: ScanResult, ctx: RenderContext) => string;
}

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
} as const satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
