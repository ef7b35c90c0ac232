/**
 * moto answers Synthetics canary timelines (Created, LastModified, …) with ISO strings where AWS
 * sends epoch seconds. The SDK then warns through console.warn with a stack trace, once per field
 * per canary, although posture never reads those fields. Twenty such traces per test run buried
 * real ones, so exactly this warning is dropped; every other warning is printed.
 *
 * The SDK keeps the console.warn it finds when it loads, so a test file imports this module first.
 */
const MOTO_TIMELINE_WARNING = /^TypeError: Expected number but observed string: \d{4}-\d\d-\d\dT[\d:.]+Z?\n\s+at expectNumber [^\n]*\n\s+at (Created|LastModified|LastStarted|LastStopped|Completed|Started) [^\n]*client-synthetics/;

const warn = console.warn;
console.warn = (...args: unknown[]) => {
  if (args.length === 1 && typeof args[0] === 'string' && MOTO_TIMELINE_WARNING.test(args[0])) return;
  warn(...args);
};
