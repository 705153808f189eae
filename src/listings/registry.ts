import type { ListingCheck } from './check.js';
import { conflictChecks } from './checks/conflicts.js';
import { incomplete } from './checks/incomplete.js';
import { spelling } from './checks/spelling.js';
import { stuffing } from './checks/stuffing.js';
import { titleForm } from './checks/title-form.js';

/** Every listing check, in the order findings are listed. */
export const LISTING_CHECKS: readonly ListingCheck[] = [incomplete, stuffing, spelling, ...conflictChecks, titleForm];
