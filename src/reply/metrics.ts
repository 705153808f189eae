import { inOrder, ms, parseThreadEvents, type ThreadEvent, type ThreadEventInput } from './events.js';

/** Response-time buckets of 【询盘与TM融合】: 0–6 h replies convert 1.6× the 6–12 h ones, 4.5× the 24 h+ ones. */
export const BUCKETS = ['0-6h', '6-12h', '12-24h', '24h+'] as const;
export type Bucket = (typeof BUCKETS)[number];

const HOUR = 3600_000;
/** The reply window a buyer expects: a day for mail, an hour in chat. */
export const REPLY_WINDOW_MS = { mail: 24 * HOUR, chat: HOUR } as const;
/** Warn this long before the window closes. */
export const WARN_BEFORE_MS = { mail: 4 * HOUR, chat: 30 * 60_000 } as const;

export function bucketOf(responseMs: number): Bucket {
  if (responseMs < 6 * HOUR) return '0-6h';
  if (responseMs < 12 * HOUR) return '6-12h';
  return responseMs <= 24 * HOUR ? '12-24h' : '24h+';
}

export interface InquiryTiming {
  inquiryId: string;
  channel: 'mail' | 'chat';
  salesperson: string | null;
  receivedAt: string;
  firstReplyAt: string | null;
  firstResponseMinutes: number | null;
  bucket: Bucket | null;
  buyerRepliedAgain: boolean;
  won: boolean;
}

export interface BucketRow {
  bucket: Bucket;
  replies: number;
  won: number;
  /** won ÷ replies in this bucket; null when empty. */
  conversionRate: number | null;
}

export interface SalespersonRow {
  salesperson: string; // '' when nobody was assigned and nobody replied
  inquiries: number;
  answered: number;
  buckets: Record<Bucket, number>;
  timelyReplyRate: number | null;
  medianFirstResponseMinutes: number | null;
}

export interface ReplyWarning {
  inquiryId: string;
  channel: 'mail' | 'chat';
  salesperson: string | null;
  receivedAt: string;
  deadline: string;
  minutesLeft: number;
}

/** What `xunpan report --json` prints: plain numbers and strings only. */
export interface ResponseReport {
  now: string;
  inquiries: number;
  excluded: { junk: number; autoReply: number };
  answered: number;
  unanswered: number;
  medianFirstResponseMinutes: number | null;
  /** Replied within 24 h ÷ inquiries whose 24 h are over or that were answered. */
  timelyReplyRate: number | null;
  /** Answered inquiries where the buyer wrote again after our first reply. */
  buyerSecondReplyRate: number | null;
  buckets: BucketRow[];
  bySalesperson: SalespersonRow[];
  /** Unanswered inquiries whose reply window closes soon, most urgent first. */
  warnings: ReplyWarning[];
  perInquiry: InquiryTiming[];
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : Math.round(((s[mid - 1] as number) + (s[mid] as number)) / 2);
}

/** One inquiry's timing, or a reason it does not count. */
function timing(events: ThreadEvent[]): InquiryTiming | 'junk' | 'autoReply' | null {
  const received = events.find((e) => e.type === 'received');
  if (!received) return null;
  if (received.junk) return 'junk';
  if (received.autoReply) return 'autoReply';
  const start = ms(received.at);
  const reply = events.find((e) => e.type === 'replied' && ms(e.at) >= start);
  const minutes = reply ? Math.round((ms(reply.at) - start) / 60_000) : null;
  return {
    inquiryId: received.inquiryId,
    channel: received.channel,
    salesperson: (reply?.type === 'replied' ? reply.salesperson : null) ?? received.salesperson,
    receivedAt: received.at,
    firstReplyAt: reply?.at ?? null,
    firstResponseMinutes: minutes,
    bucket: reply ? bucketOf(ms(reply.at) - start) : null,
    buyerRepliedAgain: !!reply && events.some((e) => e.type === 'buyer_replied' && !e.autoReply && ms(e.at) > ms(reply.at)),
    won: events.some((e) => e.type === 'won'),
  };
}

function timelyRate(rows: InquiryTiming[], now: number): number | null {
  // An unanswered inquiry still inside its day is neither timely nor late yet.
  const decided = rows.filter((r) => r.firstResponseMinutes !== null || now - ms(r.receivedAt) > REPLY_WINDOW_MS.mail);
  return rate(decided.filter((r) => r.firstResponseMinutes !== null && r.firstResponseMinutes <= 24 * 60).length, decided.length);
}

const emptyBuckets = (): Record<Bucket, number> => ({ '0-6h': 0, '6-12h': 0, '12-24h': 0, '24h+': 0 });

/** The response-time report over the events of many conversations, as of `now`. */
export function responseReport(input: readonly ThreadEventInput[], now: string | number): ResponseReport {
  const at = typeof now === 'number' ? now : ms(now);
  const byInquiry = new Map<string, ThreadEvent[]>();
  for (const e of inOrder(parseThreadEvents(input))) {
    const list = byInquiry.get(e.inquiryId);
    if (list) list.push(e);
    else byInquiry.set(e.inquiryId, [e]);
  }
  const excluded = { junk: 0, autoReply: 0 };
  const rows: InquiryTiming[] = [];
  for (const events of byInquiry.values()) {
    const t = timing(events);
    if (t === 'junk' || t === 'autoReply') excluded[t]++;
    else if (t) rows.push(t);
  }
  const answered = rows.filter((r) => r.bucket !== null);
  const buckets = BUCKETS.map((bucket): BucketRow => {
    const inBucket = answered.filter((r) => r.bucket === bucket);
    const won = inBucket.filter((r) => r.won).length;
    return { bucket, replies: inBucket.length, won, conversionRate: rate(won, inBucket.length) };
  });
  const people = [...new Set(rows.map((r) => r.salesperson ?? ''))].sort();
  const bySalesperson = people.map((salesperson): SalespersonRow => {
    const mine = rows.filter((r) => (r.salesperson ?? '') === salesperson);
    const counts = emptyBuckets();
    for (const r of mine) if (r.bucket) counts[r.bucket]++;
    const minutes = mine.flatMap((r) => (r.firstResponseMinutes === null ? [] : [r.firstResponseMinutes]));
    return { salesperson, inquiries: mine.length, answered: minutes.length, buckets: counts, timelyReplyRate: timelyRate(mine, at), medianFirstResponseMinutes: median(minutes) };
  });
  const warnings = rows
    .filter((r) => r.firstReplyAt === null)
    .map((r): ReplyWarning => {
      const deadline = ms(r.receivedAt) + REPLY_WINDOW_MS[r.channel];
      return { inquiryId: r.inquiryId, channel: r.channel, salesperson: r.salesperson, receivedAt: r.receivedAt, deadline: new Date(deadline).toISOString(), minutesLeft: Math.floor((deadline - at) / 60_000) };
    })
    .filter((w) => w.minutesLeft >= 0 && w.minutesLeft * 60_000 <= WARN_BEFORE_MS[w.channel])
    .sort((a, b) => a.minutesLeft - b.minutesLeft);
  return {
    now: new Date(at).toISOString(),
    inquiries: rows.length,
    excluded,
    answered: answered.length,
    unanswered: rows.length - answered.length,
    medianFirstResponseMinutes: median(answered.map((r) => r.firstResponseMinutes ?? 0)),
    timelyReplyRate: timelyRate(rows, at),
    buyerSecondReplyRate: rate(answered.filter((r) => r.buyerRepliedAgain).length, answered.length),
    buckets,
    bySalesperson,
    warnings,
    perInquiry: rows,
  };
}
