export function defineCollector(c) {
    return c;
}
