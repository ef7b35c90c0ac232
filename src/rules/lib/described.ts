import { error, type RuleResult } from '../../engine/defineRule.js';
import type { InventoryView } from '../../inventory/inventory.js';
import type { ResourceOf, ResourceType } from '../../inventory/schema.js';
import { named, resourceRef } from './refs.js';

/** Resource types whose settings come from a per-resource Describe call that can fail on its own. */
type Described = { [K in ResourceType]: ResourceOf<K> extends { describeError?: string } ? K : never }[ResourceType];

/**
 * Judges each resource of a type, turning those whose Describe call failed into ERROR first, so a
 * rule never reads the placeholders such a resource carries. `judge` may return null to leave a
 * resource out (the rule does not apply to it).
 */
export function* judgeEach<T extends Described>(inventory: InventoryView, type: T, judge: (r: ResourceOf<T>) => RuleResult | null): Generator<RuleResult> {
  for (const r of inventory.all(type)) {
    const why = (r as { describeError?: string }).describeError;
    const result = why ? error(resourceRef(r), `Could not read the settings of ${named(r)}: ${why}`) : judge(r);
    if (result) yield result;
  }
}
