import { SEVERITIES, type FindingStatus, type Severity } from '../core/vocabulary.js';
import type { ScanResult } from '../scan/result.js';

/** Counts shared by the Markdown and HTML writers. */
export interface Summary {
  byStatus: Record<FindingStatus, number>;
  /** FAIL findings per severity. */
  failBySeverity: Record<Severity, number>;
  /** Per service: FAIL, ERROR, PASS, MUTED. */
  byService: Array<{ service: string; FAIL: number; ERROR: number; PASS: number; MUTED: number }>;
  /** PASS results the scan counted but left out of `findings` (no --include-pass). */
  passNotListed: number;
}

export function summarise(result: ScanResult): Summary {
  const byStatus: Record<FindingStatus, number> = { FAIL: 0, ERROR: 0, PASS: 0, MUTED: 0 };
  const failBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const svc = new Map<string, Summary['byService'][number]>();
  for (const f of result.findings) {
    byStatus[f.status]++;
    if (f.status === 'FAIL') failBySeverity[f.severity]++;
    const row = svc.get(f.service) ?? { service: f.service, FAIL: 0, ERROR: 0, PASS: 0, MUTED: 0 };
    row[f.status]++;
    svc.set(f.service, row);
  }
  const byService = [...svc.values()].sort((a, b) => b.FAIL - a.FAIL || b.ERROR - a.ERROR || a.service.localeCompare(b.service));
  const passNotListed = Math.max(0, (result.scan.counts?.PASS ?? 0) - byStatus.PASS);
  return { byStatus, failBySeverity, byService, passNotListed };
}
