import type { Role } from './schema.js';

/** Who is asking: every read and write in the store is scoped by it. */
export interface Viewer {
  id: number;
  role: Role;
}
