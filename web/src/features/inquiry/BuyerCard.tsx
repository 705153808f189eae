import { getCountry } from 'countries-and-timezones';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '../../api/types';
import { countryName, flag } from '../../components/format';
import { currentLang } from '../../i18n';

const BUYER_TYPES = ['importer', 'wholesaler', 'distributor', 'manufacturer', 'agent', 'retailer', 'mail_order', 'ecommerce', 'consumer'] as const;
const isBuyerType = (v: string | null | undefined): v is (typeof BUYER_TYPES)[number] => BUYER_TYPES.some((b) => b === v);

/** The buyer's clock now, in the country's main time zone, and whether it is office hours there (Mon–Fri 9–18). */
function localTime(country: string, now: Date, lang: string): { time: string; working: boolean; zone: string } | null {
  const zone = getCountry(country.toUpperCase())?.timezones[0];
  if (!zone) return null;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const weekday = parts.find((p) => p.type === 'weekday')?.value ?? '';
  const time = now.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return { time, working: !['Sat', 'Sun'].includes(weekday) && hour >= 9 && hour < 18, zone };
}

function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function BuyerCard({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const now = useMinuteClock();
  const { message, thread } = inquiry;
  const x = message.record.extracted ?? {};
  const country = thread?.country ?? message.country ?? x.country ?? null;
  const clock = country ? localTime(country, now, lang) : null;
  const buyerType = x.buyerType ?? message.buyer_type;
  const contacts: [string, string | null | undefined][] = [
    [t('buyer.name'), x.buyerName ?? thread?.buyer_name ?? message.from_name],
    [t('buyer.company'), x.company ?? thread?.company],
    [t('buyer.email'), message.from_address],
    [t('buyer.phone'), x.phone ? `${x.phone}${x.phoneValid === false ? ` (${t('buyer.phoneInvalid')})` : ''}` : null],
    [t('buyer.website'), x.website],
    [t('buyer.address'), x.address],
  ];
  const known = contacts.filter(([, v]) => Boolean(v)).length;
  return (
    <section className="card" aria-labelledby="buyer-title" data-testid="buyer">
      <h3 id="buyer-title">{t('inquiry.buyer')}</h3>
      <dl className="facts">
        {contacts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={value ? '' : 'muted'}>{value || '—'}</dd>
          </div>
        ))}
        <div>
          <dt>{t('buyer.country')}</dt>
          <dd>{country ? `${flag(country)} ${countryName(country, lang)}` : '—'}</dd>
        </div>
        {clock && (
          <div>
            <dt>{t('buyer.localTime')}</dt>
            <dd data-testid="local-time">
              {clock.time} <span className={`badge ${clock.working ? 'genuine' : 'suspicious'}`}>{clock.working ? t('buyer.working') : t('buyer.offHours')}</span>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('buyer.type')}</dt>
          <dd>{isBuyerType(buyerType) ? t(`buyerType.${buyerType}`) : '—'}</dd>
        </div>
        <div>
          <dt>{t('buyer.completeness')}</dt>
          <dd>{t('buyer.completenessValue', { known: String(known), total: String(contacts.length) })}</dd>
        </div>
      </dl>
    </section>
  );
}
