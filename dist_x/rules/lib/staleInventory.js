import { error } from '../../engine/defineRule.js';
import { named, resourceRef } from './refs.js';
/**
 * ERROR for a resource whose inventory predates a field the rule reads: the setting was never
 * collected, so it is unknown rather than "off".
 */
export function fieldNotCollected(r, field) {
    return error(resourceRef(r), `The inventory of ${named(r)} has no ${field} (collected by an older posture version); collect again to judge it.`);
}
