/**
 * Rules look resources up by ARN or name once per other resource (a role per task definition, a
 * topic per alarm, a key per log group). A `find` per lookup is quadratic on large accounts, so
 * each list is indexed once per key kind and the index kept as long as the list lives.
 */
const indexes = new WeakMap();
/** The first element of `list` whose `kind` key (computed by `keyOf`) equals `key`, as `list.find` would return it. */
export function firstBy(list, kind, keyOf, key) {
    let byKind = indexes.get(list);
    if (!byKind)
        indexes.set(list, (byKind = new Map()));
    let index = byKind.get(kind);
    if (!index) {
        index = new Map();
        for (const x of list) {
            const k = keyOf(x);
            if (k !== undefined && !index.has(k))
                index.set(k, x);
        }
        byKind.set(kind, index);
    }
    return index.get(key);
}
const positions = new WeakMap();
/** Where `x` first stands in `list` (-1 when absent), as `list.indexOf` but indexed once per list. */
export function positionIn(list, x) {
    let index = positions.get(list);
    if (!index) {
        index = new Map();
        for (let i = list.length - 1; i >= 0; i--)
            index.set(list[i], i);
        positions.set(list, index);
    }
    return index.get(x) ?? -1;
}
