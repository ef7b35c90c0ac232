/** The DLC toolkit: data loading (the only I/O), image classification, support lookup, workloads and the `posture dlc` report. */
export { loadDlcKnowledge, buildDlcKnowledge, DlcDataError } from './data.js';
export { classifyImage, classifyHostTag } from './classify.js';
export { supportFor, supportAt } from './support.js';
export { dlcWorkloads, dlcReport } from './workloads.js';
