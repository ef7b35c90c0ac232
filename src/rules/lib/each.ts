import type { RuleResult } from '../../engine/defineRule.js';

/**
 * `items.map(judge)`, given one result at a time. The engine counts or records each result as it
 * comes, so on a large estate the results die young instead of living, all of them, until the
 * rule returns (see RuleDefinition.evaluate).
 */
export function* each<T>(items: Iterable<T>, judge: (item: T) => RuleResult): Generator<RuleResult> {
  for (const item of items) yield judge(item);
}
