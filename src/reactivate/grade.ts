import type { Grade } from '../model/verdict.js';
import type { Buyer } from './buyer.js';

type GradeFacts = Pick<Buyer, 'name' | 'company' | 'phone' | 'website' | 'products' | 'quantity' | 'specifications' | 'certificates' | 'targetPrice' | 'incoterm' | 'port' | 'deliveryTime' | 'packaging' | 'onlySuspicious'>;

/**
 * The seed article's A/B/C (【利用旧询盘，获得新订单】): A is a buyer who can be reached and said
 * exactly what they need; B has some substance but is missing one of the two; C is real but thin.
 */
export function gradeBuyer(b: GradeFacts): Grade {
  const reachable = !!b.name && !!b.company && (!!b.phone || !!b.website);
  const terms = [b.targetPrice, b.incoterm, b.port, b.deliveryTime, b.packaging].filter(Boolean).length + (b.certificates.length > 0 ? 1 : 0);
  const concrete = !!b.quantity || b.specifications.length > 0 || terms >= 2;
  const someContact = !!b.company || !!b.phone || !!b.website;
  // A message triage found suspicious is worth a try, but a person should look before it ranks first.
  if (reachable && concrete && !b.onlySuspicious) return 'A';
  if ((b.products.length > 0 && (concrete || someContact)) || (reachable && concrete)) return 'B';
  return 'C';
}
