/**
 * The reactivation list as the service gives it: the viewer's buyers (a salesperson's own queue,
 * an admin's whole inbox), the workspace's customer list, every stored bounce, and the buyers who
 * wrote back after outreach left out with that reason. Drafts are signed by the viewer.
 */
import { isFreeMail } from '../enrich/freemail.js';
import type { CustomerMatcher } from '../reactivate/customers.js';
import { reactivate, type ReactivationResult } from '../reactivate/index.js';
import type { Store } from '../store/dialect.js';
import { answeredBuyers } from '../store/outreach.js';
import { getCustomers } from '../store/reactivation-customers.js';
import { getProfile } from '../store/reply-settings.js';
import type { Viewer } from '../store/viewer.js';
import { storedBounces, storedInquiries } from './reactivation-source.js';

export async function reactivationFor(store: Store, viewer: Viewer): Promise<ReactivationResult> {
  const customers = await getCustomers(store);
  const answered = await answeredBuyers(store);
  const leftOut: CustomerMatcher = (b) => {
    const at = b.email ? answered.get(b.email) : undefined;
    if (!at || !b.email) return null;
    const day = at.slice(0, 10);
    return { code: 'outreach.answered', customerRow: null, evidence: b.email, reason: { zh: `已回复开发信：${day} 来信`, en: `Answered the outreach: wrote on ${day}` } };
  };
  const user = await store.db.selectFrom('users').select('name').where('id', '=', viewer.id).executeTakeFirst();
  const profile = await getProfile(store, viewer.id);
  const seller = { name: profile?.name ?? user?.name, company: profile?.company };
  return reactivate(storedInquiries(store, viewer), storedBounces(store), customers?.customers ?? [], { isFreeMail, seller, leftOut });
}
