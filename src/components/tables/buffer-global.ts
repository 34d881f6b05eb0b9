/**
 * The spreadsheet readers (csv-parse, exceljs) expect Node's Buffer; the table checker runs them in
 * the browser, so it gives them the `buffer` package's, before they load (imported first).
 */
import { Buffer } from 'buffer';

globalThis.Buffer ??= Buffer as unknown as typeof globalThis.Buffer;
