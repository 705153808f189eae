/**
 * The inbox database as Kysely sees it. Both dialects store the same columns: times as ISO 8601
 * text (UTC, sortable), flags as 0/1, structured values as JSON text, so one query runs on both.
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export type Tab = 'priority' | 'other' | 'suspicious' | 'junk';
export type Role = 'admin' | 'sales';
export type Channel = 'mail' | 'platform' | 'chat' | 'reply';

export interface MessagesTable {
  id: Generated<number>;
  /** Message-ID when the mail has one, else sha256 of the raw bytes: importing twice stores once. */
  dedup_key: string;
  channel: Channel;
  direction: 'in' | 'out';
  message_id: string | null;
  in_reply_to: string | null;
  refs: string | null; // References, space-separated
  received_at: string;
  from_address: string | null;
  from_name: string | null;
  subject: string;
  body: string;
  verdict: 'genuine' | 'suspicious' | 'junk';
  junk_kind: string | null;
  grade: 'A' | 'B' | 'C' | null;
  priority: 'high' | 'medium' | 'low';
  score: number;
  is_inquiry: number;
  language: string | null;
  buyer_type: string | null;
  country: string | null;
  product: string | null;
  /** A person's correction (feedback); it overrides the engine's verdict everywhere. */
  label: 'junk' | 'genuine' | null;
  tab: Tab;
  archived: number;
  thread_id: number | null;
  thread_reason: string | null; // JSON {rule, value}: why this message joined its thread
  assignee_id: number | null;
  record: string; // JSON TriageRecord: signals with evidence, extraction
  source: string;
  platform_buyer_id: string | null;
  imported_at: string;
  /** 1 when its headers said auto-reply (Auto-Submitted, X-Autoreply…): nobody owes it an answer. */
  auto_reply: Generated<number>;
}

export interface RawMessagesTable {
  message_id: number;
  raw: Uint8Array; // gzip
}

export interface ThreadsTable {
  id: Generated<number>;
  buyer_key: string;
  buyer_email: string | null;
  buyer_name: string | null;
  company: string | null;
  country: string | null;
  platform_buyer_id: string | null;
  first_at: string;
  last_at: string;
  message_count: number;
  /** When the deal with this buyer was marked won; null when not (yet). */
  won_at: Generated<string | null>;
}

export interface ThreadMergesTable {
  id: Generated<number>;
  into_thread_id: number;
  from_thread_id: number;
  message_ids: string; // JSON number[]: what moved, so the merge can be undone
  reason: string;
  user_id: number | null;
  created_at: string;
  undone_at: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  product_lines: string; // JSON string[]: keywords this person sells
  languages: string; // JSON string[]: ISO 639-1 the person answers in
  active: number;
  created_at: string;
  last_assigned_at: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
}

export interface FeedbackTable {
  id: Generated<number>;
  message_id: number;
  user_id: number | null;
  label: 'junk' | 'genuine';
  created_at: string;
}

export interface ActionsTable {
  id: Generated<number>;
  message_id: number;
  user_id: number | null;
  action: string;
  before: string; // JSON of the changed columns before the action, so it can be undone
  after: string;
  created_at: string;
  undone_at: string | null;
}

export interface TokenCountsTable {
  token: string;
  spam: number;
  ham: number;
}

export interface ImportsTable {
  id: Generated<number>;
  label: string;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'done' | 'failed';
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
  /** Messages the file should hold, when known (0004): a page's progress bar. */
  expected: number | null;
  /** Why a run failed (0004), in both languages. */
  error_zh: string | null;
  error_en: string | null;
}

export interface MailboxesTable {
  id: Generated<number>;
  label: string;
  host: string;
  port: number;
  secure: number;
  username: string;
  password_sealed: string; // AES-256-GCM (src/store/secrets.ts); the key is not in the database
  folders: string; // JSON string[]
  active: number;
  created_at: string;
  last_sync_at: string | null;
  last_error: string | null;
}

export interface MailboxFoldersTable {
  mailbox_id: number;
  folder: string;
  uid_validity: string; // IMAP UIDVALIDITY, a 32-bit unsigned number kept as text
  last_uid: number; // every UID up to this one is stored
  synced_at: string;
}

export interface SmtpSettingsTable {
  user_id: number;
  host: string;
  port: number;
  secure: number;
  username: string | null;
  password_enc: string | null;
  updated_at: string;
}

export interface SellerProfilesTable {
  user_id: number;
  name: string;
  title: string | null;
  company: string;
  phone: string | null;
  website: string | null;
  updated_at: string;
}

export interface ReplyTemplatesTable {
  id: number;
  templates: string; // JSON ReplyTemplates
  updated_by: number | null;
  updated_at: string;
}

export interface ReactivationCustomersTable {
  id: number;
  filename: string;
  customers: string; // JSON Customer[] (src/reactivate/customers.ts)
  updated_by: number | null;
  updated_at: string;
}

export interface OutreachSettingsTable {
  id: number;
  interval_seconds: number;
  daily_cap: number;
  updated_at: string;
}

export type OutreachStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled';

export interface OutreachTable {
  id: Generated<number>;
  user_id: number;
  buyer_key: string;
  email: string;
  name: string | null;
  company: string | null;
  message_id: number;
  thread_id: number | null;
  subject: string;
  body: string;
  languages: string; // JSON string[]
  status: OutreachStatus;
  queued_at: string;
  attempted_at: string | null;
  sent_id: number | null;
  reason: string | null; // JSON {code, zh, en}
}

export interface Database {
  mailboxes: MailboxesTable;
  mailbox_folders: MailboxFoldersTable;
  messages: MessagesTable;
  raw_messages: RawMessagesTable;
  threads: ThreadsTable;
  thread_merges: ThreadMergesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  feedback: FeedbackTable;
  actions: ActionsTable;
  token_counts: TokenCountsTable;
  imports: ImportsTable;
  smtp_settings: SmtpSettingsTable;
  seller_profiles: SellerProfilesTable;
  reply_templates: ReplyTemplatesTable;
  reactivation_customers: ReactivationCustomersTable;
  outreach_settings: OutreachSettingsTable;
  outreach: OutreachTable;
}

export type MessageRow = Selectable<MessagesTable>;
export type NewMessage = Insertable<MessagesTable>;
export type UserRow = Selectable<UsersTable>;
export type ThreadRow = Selectable<ThreadsTable>;
