import { hash } from 'node:crypto';
import { digestPrefix20 } from './compactStrings.js';
import type { FindingStatus, Severity, Service, Topic } from '../core/vocabulary.js';
import type { Remediation, ResourceRef } from './defineRule.js';

export interface Finding {
  /** Stable across runs: a hash of rule, account, region and resource. */
  id: string;
  ruleId: string;
  title: string;
  status: FindingStatus;
  severity: Severity;
  service: Service;
  topic: Topic;
  resource: { type: string; id: string; arn?: string; name?: string; account: string; region: string };
  message: string;
  evidence: Record<string, unknown>;
  remediation: Remediation;
}

export function findingId(ruleId: string, resource: ResourceRef): string {
  return digestPrefix20(hash('sha256', `${ruleId}\u0000${resource.account}\u0000${resource.region}\u0000${resource.arn ?? resource.id}`, 'hex'));
}
