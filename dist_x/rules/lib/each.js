/**
 * `items.map(judge)`, given one result at a time. The engine counts or records each result as it
 * comes, so on a large estate the results die young instead of living, all of them, until the
 * rule returns (see RuleDefinition.evaluate).
 */
export function* each(items, judge) {
    for (const item of items)
        yield judge(item);
}
