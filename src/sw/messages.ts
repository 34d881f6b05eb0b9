/**
 * The messages between a page and the service worker: a page asks for the help to be kept for
 * reading without a signal; the worker answers once it is. Shared by the worker and the pages.
 */
export const KEEP_HELP = 'keep-help';
export const HELP_KEPT = 'help-kept';
