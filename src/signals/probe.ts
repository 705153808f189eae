import { defineSignal } from './signal.js';

const GREATER_CHINA = new Set(['CN', 'HK', 'MO']);

export const probeSignals = [
  defineSignal({
    id: 'probe.china_ip_foreign_buyer', group: 'probe', points: 4,
    en: 'Sent from a Chinese IP but claims to be a foreign buyer', zh: '来自中国IP却自称海外买家，疑似同行套价',
    check: (q) => {
      const claimed = q.facts.platform?.registeredCountry ?? q.extracted.country;
      const origin = q.facts.originCountry;
      if (!origin || !GREATER_CHINA.has(origin) || !claimed || GREATER_CHINA.has(claimed)) return null;
      return q.buyIntent.length > 0 ? [`IP ${origin}, claims ${claimed}`] : null;
    },
  }),
];
