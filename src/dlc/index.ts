/** The DLC toolkit: data loading (the only I/O), image classification, support lookup, workloads and the `posture dlc` report. */
export { loadDlcKnowledge, buildDlcKnowledge, DlcDataError } from './data.js';
export type { DlcKnowledge } from './knowledge.js';
export { classifyImage, classifyHostTag, type ClassifiedImage, type TagKind } from './classify.js';
export { supportFor, supportAt, type SupportStatus, type SupportVerdict } from './support.js';
export { dlcWorkloads, dlcReport, type DlcWorkload, type DlcReportRow } from './workloads.js';
