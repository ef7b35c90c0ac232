import { error } from '../../engine/defineRule.js';
import { named, resourceRef } from './refs.js';
/**
 * Judges each resource of a type, turning those whose Describe call failed into ERROR first, so a
 * rule never reads the placeholders such a resource carries. `judge` may return null to leave a
 * resource out (the rule does not apply to it).
 */
export function* judgeEach(inventory, type, judge) {
    for (const r of inventory.all(type)) {
        const why = r.describeError;
        const result = why ? error(resourceRef(r), `Could not read the settings of ${named(r)}: ${why}`) : judge(r);
        if (result)
            yield result;
    }
}
