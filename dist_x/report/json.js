/** posture's own findings document (docs/findings.md). */
export function renderJson(result) {
    return JSON.stringify(result, null, 2) + '\n';
}
