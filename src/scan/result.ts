import type { Finding } from '../engine/findings.js';
import type { FrameworkReport } from '../frameworks/evaluate.js';
import type { CollectionStatus } from '../inventory/schema.js';

export const FINDINGS_SCHEMA_VERSION = '1.0';

/** The findings document (docs/findings.md). */
export interface ScanResult {
  schemaVersion: string;
  scan: {
    tool: { name: 'posture'; version: string };
    accounts: string[];
    regions: string[];
    started: string;
    finished: string;
    source: 'live' | 'inventory';
    /** Collection status of every (account, region, collector) unit. */
    collection: CollectionStatus[];
    complete: boolean;
    rulesEvaluated: number;
    /** Results by status before --include-pass filtering, so summaries can count PASS either way. */
    counts: { PASS: number; FAIL: number; ERROR: number; MUTED: number };
  };
  findings: Finding[];
  /** Per-control results of the frameworks asked for with --framework. */
  frameworks?: FrameworkReport[];
  /** With --baseline: findings are only those new since it; these count the comparison. */
  baseline?: { file: string; added: number; unchanged: number; resolved: number };
}
