import assert from 'node:assert/strict';
import { test } from 'node:test';
import ct from 'countries-and-timezones';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { pendingReminders, scheduleFollowUps } from './followup.js';
import { buyerZone, weekendDays } from './worktime.js';

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat('yyyy-MM-dd HH:mm ccc', { locale: 'en' });

test('reminders come at +3 days, +1 week, +2 weeks, then a call, at the same buyer hour', () => {
  const due = scheduleFollowUps('2026-06-01T08:00:00Z', { country: 'DE' }); // Monday 10:00 in Berlin
  assert.deepEqual(due.map((r) => [r.kind, local(r.dueAt, 'Europe/Berlin')]), [
    ['follow_up', '2026-06-04 10:00 Thu'],
    ['follow_up', '2026-06-08 10:00 Mon'],
    ['follow_up', '2026-06-15 10:00 Mon'],
    ['call', '2026-06-22 10:00 Mon'],
  ]);
  assert.equal(due[0]?.buyerLocal, '2026-06-04 10:00 Thu (Europe/Berlin)');
});

test('a reply sent in the buyer\'s night is followed up at 09:00 their time, not at night', () => {
  // 15:00 in Shanghai is 03:00 in New York.
  const [first] = scheduleFollowUps('2026-06-02T07:00:00Z', { country: 'US' });
  assert.equal(local(first?.dueAt ?? '', 'America/New_York'), '2026-06-05 09:00 Fri');
});

test('the clock change in Europe does not move the reminder\'s hour', () => {
  const [first] = scheduleFollowUps('2026-03-27T15:00:00Z', { country: 'DE' }); // Fri 16:00 CET
  assert.equal(first?.dueAt, '2026-03-30T14:00:00.000Z'); // Mon 16:00 CEST
});

test('Saudi buyers: Friday and Saturday are the weekend, and Eid al-Fitr pushes two steps apart', () => {
  const due = scheduleFollowUps('2026-03-16T07:00:00Z', { country: 'SA' }); // Mon 10:00 Riyadh
  assert.deepEqual(due.slice(0, 2).map((r) => local(r.dueAt, 'Asia/Riyadh')), ['2026-03-23 09:00 Mon', '2026-03-24 09:00 Tue']);
  const weekend = scheduleFollowUps('2026-06-08T07:00:00Z', { country: 'SA' }); // Mon → +3 d is Thursday, a working day
  assert.equal(local(weekend[0]?.dueAt ?? '', 'Asia/Riyadh'), '2026-06-11 10:00 Thu');
});

test('the UAE weekend moved from Friday–Saturday to Saturday–Sunday in 2022', () => {
  assert.deepEqual(weekendDays('AE', '2021-06-01'), [5, 6]);
  assert.deepEqual(weekendDays('AE', '2022-06-01'), [6, 7]);
  const [before] = scheduleFollowUps('2021-06-01T06:00:00Z', { country: 'AE' }); // Tue → Fri 4 June 2021
  assert.equal(local(before?.dueAt ?? '', 'Asia/Dubai'), '2021-06-06 09:00 Sun');
  const [after] = scheduleFollowUps('2026-06-02T06:00:00Z', { country: 'AE' }); // Tue → Fri 5 June 2026
  assert.equal(local(after?.dueAt ?? '', 'Asia/Dubai'), '2026-06-05 10:00 Fri');
});

test('Christmas Day and the weekend are skipped for a US buyer: first thing Monday', () => {
  const [first] = scheduleFollowUps('2026-12-22T16:00:00Z', { country: 'US' }); // Tue 11:00 New York
  assert.equal(local(first?.dueAt ?? '', 'America/New_York'), '2026-12-28 09:00 Mon');
});

test('a country with many zones uses its business centre, and an explicit zone wins', () => {
  assert.equal(buyerZone({ country: 'US' }), 'America/New_York');
  assert.equal(buyerZone({ country: 'BR' }), 'America/Sao_Paulo');
  assert.equal(buyerZone({ country: 'AU' }), 'Australia/Sydney');
  assert.equal(buyerZone({ country: 'US', zone: 'America/Los_Angeles' }), 'America/Los_Angeles');
  assert.equal(buyerZone({ country: null }), 'UTC');
});

test('the buyer answering stops the sequence; reminders already sent are not repeated', () => {
  const inquiry = { type: 'received', inquiryId: 'q1', at: '2026-06-01T06:00:00Z' } as const;
  const reply = { type: 'replied', inquiryId: 'q1', at: '2026-06-01T08:00:00Z' } as const;
  assert.equal(pendingReminders([inquiry, reply], { country: 'DE' }).length, 4);
  const afterOne = pendingReminders([inquiry, reply, { type: 'replied', inquiryId: 'q1', at: '2026-06-04T08:00:00Z', followUp: true }], { country: 'DE' });
  assert.deepEqual(afterOne.map((r) => r.step), [2, 3, 4]);
  assert.deepEqual(pendingReminders([inquiry, reply, { type: 'buyer_replied', inquiryId: 'q1', at: '2026-06-02T09:00:00Z' }], { country: 'DE' }), []);
  // An out-of-office answer is not the buyer answering.
  assert.equal(pendingReminders([inquiry, reply, { type: 'buyer_replied', inquiryId: 'q1', at: '2026-06-02T09:00:00Z', autoReply: true }], { country: 'DE' }).length, 4);
  // Not yet answered by us: nothing to remind, the reply itself is due.
  assert.deepEqual(pendingReminders([inquiry], { country: 'DE' }), []);
});

const COUNTRIES = Object.keys(ct.getAllCountries());
const DST_ZONES = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'America/Santiago', 'Asia/Tehran', 'Pacific/Chatham', 'Asia/Beirut', 'America/Havana', 'Pacific/Apia', 'Asia/Kathmandu'];
const offDays = new Map<string, Holidays>();

function holidayAt(country: string, zone: string, when: Date): boolean {
  const key = `${country}|${zone}`;
  let hd = offDays.get(key);
  if (!hd) {
    hd = new Holidays();
    hd.init(country, { timezone: zone, types: ['public', 'bank'] });
    offDays.set(key, hd);
  }
  return (hd.isHoliday(when) || []).some((h) => h.type === 'public' || h.type === 'bank');
}

test('property: every reminder lands on a working non-holiday day, 09:00–18:00 buyer time, in order, one a day at most', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...COUNTRIES),
      fc.option(fc.constantFrom(...DST_ZONES), { nil: null }),
      fc.date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
      (country, zone, start) => {
        const reminders = scheduleFollowUps(start.getTime(), { country, zone });
        const tz = buyerZone({ country, zone });
        let previousDay = '';
        for (const r of reminders) {
          const due = DateTime.fromISO(r.dueAt, { zone: tz });
          assert.ok(due.hour >= 9 && due.hour < 18, `${r.buyerLocal} outside office hours`);
          const day = due.toISODate() ?? '';
          assert.ok(!weekendDays(country, day).includes(due.weekday), `${r.buyerLocal} is a weekend in ${country}`);
          assert.ok(!holidayAt(country, tz, due.toJSDate()), `${r.buyerLocal} is a holiday in ${country}`);
          assert.ok(day > previousDay, `${r.buyerLocal} not after the previous reminder's day`);
          assert.ok(due.toMillis() >= DateTime.fromJSDate(start, { zone: tz }).plus({ days: r.afterDays }).toMillis() - 1);
          previousDay = day;
        }
        assert.equal(reminders.length, 4);
      },
    ),
    { numRuns: 400 },
  );
});
