/** Shapes of the admin routes this page uses (see /api/openapi.json). */
export interface Mailbox {
  id: number;
  label: string;
  host: string;
  port: number;
  secure: boolean;
  username: string;
  folders: string[];
  active: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
}

/** POST /api/mailboxes/{id}/sync: one line per folder. */
export interface FolderResult {
  mailbox: string;
  folder: string;
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
}

/** GET /api/imports */
export interface ImportRun {
  id: number;
  label: string;
  status: 'running' | 'done' | 'failed';
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
  expected: number | null;
  startedAt: string;
  finishedAt: string | null;
  error: { zh: string; en: string } | null;
}

/** The four counts as the "imports.counts" sentence takes them. */
export const countsOf = (c: { read: number; stored: number; duplicates: number; failed: number }) => ({ read: String(c.read), stored: String(c.stored), duplicates: String(c.duplicates), failed: String(c.failed) });
