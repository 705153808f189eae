/** Reactivation of old inquiries (SPEC.md §9): what `xunpan reactivate` wires to the store. */
export { reactivate, type ReactivateOptions, type ReactivationResult } from './reactivate.js';
export type { Bilingual, StoredInquiry } from './input.js';
export type { BuyerRow, Exclusion, ListCounts, ReactivationList } from './list.js';
export { customersFromRows, type Customer, type CustomerMatch } from './customers.js';
export { parseBounce } from './bounce.js';
export type { DeliveryFailure } from './dsn.js';
export { draftOutreach, type Draft, type Seller } from './drafts.js';
export { toCsv, xlsxSheets } from './export.js';
export { COLUMNS } from './table.js';
export { describeResult } from './report.js';
