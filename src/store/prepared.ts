/**
 * Reads that run thousands of times a second in a few shapes: Kysely builds and compiles each
 * shape once per store, and every run binds its own values to the compiled SQL. Building and
 * compiling a query cost about as much as SQLite reading one message (bench:api, one inquiry with
 * its thread: three reads, 35 µs of 175 µs of CPU).
 *
 * The contract: whatever changes the SQL (a viewer's role, a filter present or not) is in `shape`;
 * every value is a slot. `build` receives stand-ins for the values; it may pass them to Kysely
 * as they are (where, limit, sql`${…}`), never look into them.
 */
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Store } from './dialect.js';

class Slot {
  constructor(readonly name: string) {}
}

type Values = Record<string, string | number | null>;
/** Each parameter of the compiled SQL: a value the build put in itself, or a slot to fill. */
type Template = { sql: string; parameters: (Slot | { value: unknown })[] };

const compiled = new WeakMap<Kysely<unknown>, Map<string, Template>>();

export async function preparedRead<V extends Values, R>(store: Store, shape: string, values: V, build: (slots: V) => Compilable<R>): Promise<R[]> {
  let shapes = compiled.get(store.db as Kysely<unknown>);
  if (!shapes) compiled.set(store.db as Kysely<unknown>, (shapes = new Map<string, Template>()));
  let template = shapes.get(shape);
  if (!template) {
    const slots = Object.fromEntries(Object.keys(values).map((name) => [name, new Slot(name)])) as unknown as V;
    const query = build(slots).compile();
    template = { sql: query.sql, parameters: query.parameters.map((p) => (p instanceof Slot ? p : { value: p })) };
    shapes.set(shape, template);
  }
  const parameters = template.parameters.map((p) => (p instanceof Slot ? values[p.name] : p.value));
  return (await store.db.executeQuery<R>(CompiledQuery.raw(template.sql, parameters))).rows;
}
