/**
 * What rules know about AWS Deep Learning Containers: the support-policy data (data/dlc-support.json,
 * or the file given with --dlc-data), validated and indexed by src/dlc/data.ts. Rules reach it
 * through `ctx.dlc()`; nothing here does I/O.
 */
export {};
