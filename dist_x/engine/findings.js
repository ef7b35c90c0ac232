import { hash } from 'node:crypto';
import { digestPrefix20 } from './compactStrings.js';
export function findingId(ruleId, resource) {
    return digestPrefix20(hash('sha256', `${ruleId}\u0000${resource.account}\u0000${resource.region}\u0000${resource.arn ?? resource.id}`, 'hex'));
}
