import { defineSignal } from './signal.js';

export const platformSignals = [
  defineSignal({
    id: 'platform.new_account', group: 'platform', points: 3,
    en: 'Buyer account registered a day or two ago', zh: '买家账号注册仅一两天',
    check: (q) => {
      const age = q.facts.platform?.accountAgeDays;
      return age !== null && age !== undefined && age <= 2 ? [`${age} days`] : null;
    },
  }),
  defineSignal({
    id: 'platform.zero_views_many_inquiries', group: 'platform', points: 5,
    en: 'Viewed no products yet sent many inquiries', zh: '未浏览任何产品却发出大量询盘',
    check: (q) => {
      const p = q.facts.platform;
      return p && p.productsViewed === 0 && (p.inquiriesSent ?? 0) >= 50 ? [`0 views, ${p.inquiriesSent ?? 0} inquiries`] : null;
    },
  }),
  defineSignal({
    id: 'platform.repeat_sender', group: 'platform', points: 3, history: true,
    en: 'Same sender inquiring again and again in a short time', zh: '同一发件人短期内反复询盘',
    check: (q) => (q.facts.recentFromSender >= 3 && q.buyIntent.length > 0 ? [`${q.facts.recentFromSender} earlier this week`] : null),
  }),
];
