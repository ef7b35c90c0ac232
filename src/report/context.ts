import type { FrameworkReport } from '../frameworks/evaluate.js';

/** What a rule's catalogue entry adds to a finding (the CLI passes `ruleCatalogue(RULES)`). */
export interface RuleMeta {
  id: string;
  title: string;
  description?: string;
  risk?: string;
  references?: string[];
}

export interface RenderContext {
  /** Framework reports to summarise (HTML, Markdown). */
  frameworks?: FrameworkReport[];
  /** Rule metadata for SARIF `tool.driver.rules` and HTML; findings alone carry title and remediation. */
  rules?: RuleMeta[];
  /** Region whose Security Hub receives ASFF findings (default: the first scanned region). */
  asffRegion?: string;
}

export type Renderer = (result: import('../scan/result.js').ScanResult, ctx?: RenderContext) => string;
