import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ThreadEventInput } from './events.js';
import { responseReport } from './metrics.js';

const h = (hours: number) => new Date(Date.UTC(2026, 5, 1, 0, 0) + hours * 3600_000).toISOString();

function inquiry(id: string, replyAfterHours: number | null, extra: Partial<{ salesperson: string; won: boolean; buyerAgain: boolean; channel: 'mail' | 'chat'; junk: boolean; autoReply: boolean; at: number }> = {}): ThreadEventInput[] {
  const at = extra.at ?? 0;
  const events: ThreadEventInput[] = [{ type: 'received', inquiryId: id, at: h(at), channel: extra.channel ?? 'mail', salesperson: extra.salesperson ?? null, junk: extra.junk ?? false, autoReply: extra.autoReply ?? false }];
  if (replyAfterHours !== null) events.push({ type: 'replied', inquiryId: id, at: h(at + replyAfterHours), salesperson: extra.salesperson ?? null });
  if (extra.buyerAgain && replyAfterHours !== null) events.push({ type: 'buyer_replied', inquiryId: id, at: h(at + replyAfterHours + 5) });
  if (extra.won) events.push({ type: 'won', inquiryId: id, at: h(at + 200) });
  return events;
}

const events: ThreadEventInput[] = [
  ...inquiry('a', 1, { salesperson: 'li', won: true, buyerAgain: true }),
  ...inquiry('b', 3, { salesperson: 'li', won: true }),
  ...inquiry('c', 8, { salesperson: 'wang', buyerAgain: true }),
  ...inquiry('d', 20, { salesperson: 'wang' }),
  ...inquiry('e', 30, { salesperson: 'wang', won: true }),
  ...inquiry('junk', null, { junk: true }),
  ...inquiry('ooo', null, { autoReply: true }),
  ...inquiry('late', null, { salesperson: 'li' }), // unanswered for 300 h
  ...inquiry('soon', null, { salesperson: 'li', at: 280 }), // 20 h old at 300 h: 4 h left
  ...inquiry('chat', null, { channel: 'chat', at: 299.5 }), // 30 min old in chat: 30 min left, not yet warned
  ...inquiry('chat2', null, { channel: 'chat', at: 299 + 50 / 60 }), // 10 min old: 50 min left → not yet
  ...inquiry('chat3', null, { channel: 'chat', at: 299 }), // 60 min old: window just closing
];

test('first-response buckets, timely rate, second replies and conversion by bucket', () => {
  const report = responseReport(events, h(300));
  assert.equal(report.inquiries, 10);
  assert.deepEqual(report.excluded, { junk: 1, autoReply: 1 });
  assert.equal(report.answered, 5);
  assert.deepEqual(report.buckets.map((b) => [b.bucket, b.replies, b.won, b.conversionRate]), [
    ['0-6h', 2, 2, 1], ['6-12h', 1, 0, 0], ['12-24h', 1, 0, 0], ['24h+', 1, 1, 1],
  ]);
  // 4 of 5 answered within a day; 'late' is past its day unanswered; 'soon' and the chats are still open.
  assert.equal(report.timelyReplyRate, Math.round((4 / 6) * 1000) / 1000);
  assert.equal(report.buyerSecondReplyRate, 0.4);
  assert.equal(report.medianFirstResponseMinutes, 8 * 60);
  assert.deepEqual(report.perInquiry.find((r) => r.inquiryId === 'c')?.firstResponseMinutes, 480);
});

test('per salesperson, and inquiries about to break the 24 h (mail) or 1 h (chat) window', () => {
  const report = responseReport(events, h(300));
  const li = report.bySalesperson.find((p) => p.salesperson === 'li');
  assert.deepEqual(li?.buckets, { '0-6h': 2, '6-12h': 0, '12-24h': 0, '24h+': 0 });
  assert.equal(li?.answered, 2);
  assert.deepEqual(report.bySalesperson.find((p) => p.salesperson === 'wang')?.buckets, { '0-6h': 0, '6-12h': 1, '12-24h': 1, '24h+': 1 });
  assert.deepEqual(report.warnings.map((w) => [w.inquiryId, w.minutesLeft]), [['chat3', 0], ['chat', 30], ['soon', 240]]);
});

test('the report survives JSON and an empty event list', () => {
  const report = responseReport(events, h(300));
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
  const empty = responseReport([], h(0));
  assert.equal(empty.timelyReplyRate, null);
  assert.equal(empty.medianFirstResponseMinutes, null);
});
