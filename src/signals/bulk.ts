import { defineSignal } from './signal.js';
import { vagueRequest } from './vague-request.js';

const UNDISCLOSED = /undisclosed|recipients|:;$|^$/i;
/** Visible recipients from which a mail is a broadcast, not correspondence (a team list is shorter). */
const MASS_RECIPIENTS = 30;

export const bulkSignals = [
  defineSignal({
    id: 'bulk.vague_request', group: 'bulk', points: 3,
    en: 'Only asks for a catalogue or price list, no product named', zh: '只索要目录/价格表，未提具体产品',
    check: vagueRequest,
  }),
  defineSignal({
    id: 'bulk.undisclosed_recipients', group: 'weak', points: 1,
    en: 'Sent to hidden or many recipients, not to you alone', zh: '群发：收件人被隐藏或有大量收件人',
    check: (q) => {
      if (q.facts.platform) return null; // a platform inquiry or a chat line is addressed to us by the platform
      const to = q.message.to;
      if (to.length >= 10 && to.length < MASS_RECIPIENTS) return [`${to.length} recipients`];
      if (to.length === 0 || (to.length === 1 && UNDISCLOSED.test(to[0]?.name || to[0]?.address || ''))) {
        return q.buyIntent.length > 0 || q.message.links.length > 0 ? [to[0]?.name || 'no To'] : null;
      }
      return null;
    },
  }),
  defineSignal({
    id: 'bulk.mass_recipients', group: 'bulk', points: 3,
    en: 'Sent openly to dozens of addresses at once', zh: '同一封邮件公开群发给数十个地址',
    check: (q) => (!q.facts.platform && q.message.to.length >= MASS_RECIPIENTS ? [`${q.message.to.length} recipients`] : null),
  }),
  defineSignal({
    id: 'bulk.broadcast', group: 'bulk', points: 4, history: true,
    en: 'Same inquiry sent to many suppliers', zh: '同一询盘群发给大量供应商',
    check: (q) => {
      const suppliers = q.facts.platform?.suppliersContacted ?? 0;
      if (suppliers >= 20) return [`${suppliers} suppliers`];
      return q.facts.sameTextSenders >= 3 ? [`same text from ${q.facts.sameTextSenders} senders`] : null;
    },
  }),
];
