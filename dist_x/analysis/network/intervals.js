export const EMPTY = [];
export function normalise(list) {
    const sorted = list.filter(([a, b]) => a <= b).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const out = [];
    for (const [a, b] of sorted) {
        const last = out[out.length - 1];
        if (last && a <= last[1] + 1n) {
            if (b > last[1])
                last[1] = b;
        }
        else
            out.push([a, b]);
    }
    return out;
}
/** Linear merge of two normalised sets (no re-sort: this runs for every port segment). */
export function union(a, b) {
    if (!a.length)
        return b;
    if (!b.length)
        return a;
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const next = j >= b.length || (i < a.length && a[i][0] <= b[j][0]) ? a[i++] : b[j++];
        const last = out[out.length - 1];
        if (last && next[0] <= last[1] + 1n) {
            if (next[1] > last[1])
                last[1] = next[1];
        }
        else
            out.push([next[0], next[1]]);
    }
    return out;
}
export function intersect(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const lo = a[i][0] > b[j][0] ? a[i][0] : b[j][0];
        const hi = a[i][1] < b[j][1] ? a[i][1] : b[j][1];
        if (lo <= hi)
            out.push([lo, hi]);
        if (a[i][1] < b[j][1])
            i++;
        else
            j++;
    }
    return out;
}
export function subtract(a, b) {
    const out = [];
    let j = 0;
    for (const [start, end] of a) {
        let lo = start;
        while (j < b.length && b[j][1] < lo)
            j++;
        let k = j;
        while (k < b.length && b[k][0] <= end) {
            if (b[k][0] > lo)
                out.push([lo, b[k][0] - 1n]);
            if (b[k][1] + 1n > lo)
                lo = b[k][1] + 1n;
            if (lo > end)
                break;
            k++;
        }
        if (lo <= end)
            out.push([lo, end]);
    }
    return out;
}
export function isEmpty(a) {
    return a.length === 0;
}
export function equals(a, b) {
    return a.length === b.length && a.every((x, i) => x[0] === b[i][0] && x[1] === b[i][1]);
}
export function contains(a, v) {
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (v < a[mid][0])
            hi = mid - 1;
        else if (v > a[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
export function size(a) {
    return a.reduce((n, [x, y]) => n + (y - x + 1n), 0n);
}
