/** The workspace's list of existing customers, uploaded once and left out of every reactivation list. */
import type { Customer } from '../reactivate/customers.js';
import type { Store } from './dialect.js';

const ROW = 1;

export interface StoredCustomers {
  filename: string;
  customers: Customer[];
  updatedAt: string;
}

export async function getCustomers(store: Store): Promise<StoredCustomers | null> {
  const row = await store.db.selectFrom('reactivation_customers').select(['filename', 'customers', 'updated_at']).where('id', '=', ROW).executeTakeFirst();
  return row ? { filename: row.filename, customers: JSON.parse(row.customers) as Customer[], updatedAt: row.updated_at } : null;
}

export async function saveCustomers(store: Store, userId: number, filename: string, customers: readonly Customer[], at: string): Promise<StoredCustomers> {
  const row = { filename, customers: JSON.stringify(customers), updated_by: userId, updated_at: at };
  await store.db.insertInto('reactivation_customers').values({ id: ROW, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
  return { filename, customers: [...customers], updatedAt: at };
}

export async function clearCustomers(store: Store): Promise<void> {
  await store.db.deleteFrom('reactivation_customers').where('id', '=', ROW).execute();
}
