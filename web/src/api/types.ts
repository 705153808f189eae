/** The shapes the API answers with (src/server/schemas.ts, /api/openapi.json), as the web uses them. */
export type Tab = 'priority' | 'other' | 'suspicious' | 'junk';
export type Grade = 'A' | 'B' | 'C';
export type Verdict = 'genuine' | 'suspicious' | 'junk';
export type Role = 'admin' | 'sales';

export interface InboxRow {
  id: number;
  received_at: string;
  from_address: string | null;
  from_name: string | null;
  subject: string;
  verdict: Verdict;
  junk_kind: string | null;
  grade: Grade | null;
  priority: 'high' | 'medium' | 'low';
  score: number;
  label: 'junk' | 'genuine' | null;
  tab: Tab;
  archived: number;
  country: string | null;
  product: string | null;
  language: string | null;
  buyer_type: string | null;
  assignee_id: number | null;
  thread_id: number | null;
  channel: 'mail' | 'platform' | 'chat' | 'reply';
  direction: 'in' | 'out';
}

export interface InboxPage {
  rows: InboxRow[];
  next: string | null;
}

export type TabCounts = Record<Tab, number>;

export interface Signal {
  id: string;
  group: string;
  points: number;
  zh: string;
  en: string;
  evidence: string[];
}

/** What the extractor read from the text (src/model/extracted.ts); every field may be missing. */
export interface Extracted {
  products?: string[];
  quantity?: { value: number; unit: string; text: string } | null;
  specifications?: string[];
  packaging?: string | null;
  origin?: string | null;
  qualityStandard?: string | null;
  deliveryTime?: string | null;
  port?: string | null;
  incoterm?: string | null;
  certificates?: string[];
  targetPrice?: { amount: number; currency: string; text: string } | null;
  sampleRequest?: boolean;
  buyerName?: string | null;
  company?: string | null;
  position?: string | null;
  phone?: string | null;
  phoneValid?: boolean | null;
  website?: string | null;
  address?: string | null;
  country?: string | null;
  messengers?: string[];
  buyerType?: string | null;
}

export interface Inquiry {
  message: InboxRow & {
    body: string;
    message_id: string | null;
    record: { signals: Signal[]; extracted: Extracted | null };
  };
  thread: {
    id: number;
    buyer_email: string | null;
    buyer_name: string | null;
    company: string | null;
    country: string | null;
    message_count: number;
    /** The newest 100 of the conversation, oldest first. */
    messages: Pick<InboxRow, 'id' | 'received_at' | 'from_address' | 'subject' | 'verdict' | 'junk_kind' | 'label' | 'tab' | 'channel' | 'direction' | 'assignee_id'>[];
  } | null;
}

/** One attachment of GET /api/inquiries/{id}/content: listed with its risk, never opened here. */
export interface AttachmentView {
  name: string;
  type: string;
  size: number;
  innerNames: string[];
  inline: boolean;
  risk: 'high' | 'medium' | 'low';
  reasonZh: string;
  reasonEn: string;
  signal: string | null;
  evidence: string[];
}

/** GET /api/inquiries/{id}/content. `html` is as the sender wrote it: sanitise before showing. */
export interface MailContent {
  text: string;
  html: string | null;
  attachments: AttachmentView[];
  hasRaw: boolean;
}

export type Action =
  | { action: 'label'; label: 'junk' | 'genuine' }
  | { action: 'archive'; archived: boolean }
  | { action: 'assign'; assigneeId: number | null }
  | { action: 'grade'; grade: Grade };

export interface ActionResult {
  actionId: number;
  after: { label: 'junk' | 'genuine' | null; tab: Tab; archived: number; assignee_id: number | null; grade: Grade | null };
}

export interface Me {
  id: number;
  email: string;
  name: string;
  role: Role;
  csrf: string | null;
}

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: number;
  created_at: string;
  last_assigned_at: string | null;
  productLines: string[];
  languages: string[];
}

export interface Stats {
  perDay: { day: string; verdict: Verdict; n: number }[];
  junkByKind: { kind: string; n: number }[];
  perProduct: { product: string; n: number }[];
  perCountry: { country: string; n: number }[];
}

/** GET /api/inquiries/{id}/draft */
export interface ReplyDraft {
  languages: string[];
  missingLanguage: string | null;
  subject: string;
  body: string;
  toFill: string[];
}

/** One finding of POST /api/inquiries/{id}/check: language-free id, both wordings. */
export interface Finding {
  id: string;
  zh: string;
  en: string;
  evidence: string[];
  suggestedAt?: string;
}

export interface Sent {
  messageId: string;
  storedId: number | null;
  threadId: number | null;
}

/** GET /api/followups */
export interface FollowUp {
  step: number;
  kind: 'follow_up' | 'call';
  dueAt: string;
  buyerLocal: string;
  threadId: number;
  messageId: number;
  subject: string;
  buyerName: string | null;
  buyerEmail: string | null;
  company: string | null;
  country: string | null;
  salesperson: string | null;
  overdue: boolean;
}

export type Bucket = '0-6h' | '6-12h' | '12-24h' | '24h+';

/** The parts of GET /api/report the dashboard shows. */
export interface ResponseReport {
  inquiries: number;
  answered: number;
  timelyReplyRate: number | null;
  buyerSecondReplyRate: number | null;
  buckets: { bucket: Bucket; replies: number; won: number; conversionRate: number | null }[];
  bySalesperson: { salesperson: string; inquiries: number; answered: number; buckets: Record<Bucket, number>; timelyReplyRate: number | null; medianFirstResponseMinutes: number | null }[];
}
