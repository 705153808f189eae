import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { countryName, flag } from '../../components/format';
import { currentLang } from '../../i18n';
import type { BuyerKeywords, Candidate, Showcase } from './types';

export function ShowcaseView() {
  const { t } = useTranslation();
  const showcase = useQuery({ queryKey: ['listings', 'showcase'], queryFn: () => api<Showcase>('GET', '/api/listings/showcase') });
  const keywords = useQuery({ queryKey: ['listings', 'keywords'], queryFn: () => api<BuyerKeywords>('GET', '/api/listings/keywords') });
  if (showcase.isError || keywords.isError) return <p className="error">{t('error.generic')}</p>;
  if (!showcase.data || !keywords.data) return <p className="loading">{t('common.loading')}</p>;
  const { data } = showcase;
  return (
    <section>
      <div className="card" data-testid="showcase">
        <h3>{t('showcase.title')}</h3>
        <p className="muted">
          {t('showcase.intro')} · {t('showcase.asOf', { date: new Date(Date.parse(data.asOf) - 1).toISOString().slice(0, 10), n: String(data.inquiries) })}
        </p>
        {data.candidates.length === 0 ? <p>{t('showcase.empty')}</p> : <Candidates list={data.candidates} />}
      </div>
      <Keywords data={keywords.data} />
    </section>
  );
}

function Candidates({ list }: { list: Candidate[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <table className="users">
      <thead>
        <tr>
          <th>{t('showcase.col.rank')}</th>
          <th>{t('showcase.col.product')}</th>
          <th>{t('showcase.col.n30')}</th>
          <th>{t('showcase.col.n90')}</th>
          <th>{t('showcase.col.growth')}</th>
          <th>{t('showcase.col.reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((c, i) => (
          <tr key={`${c.product}-${c.row ?? ''}`} data-candidate={c.product}>
            <td>{i + 1}</td>
            <td>{c.product}</td>
            <td>{c.n30}</td>
            <td>{c.n90}</td>
            <td>{c.growth === null ? (c.n30 > 0 && c.prior30 === 0 ? t('showcase.new') : '–') : `${c.growth > 0 ? '+' : ''}${c.growth}%`}</td>
            <td>
              <ul className="reasons">
                {c.reasons.map((r) => (
                  <li key={r.id}>{r[lang]}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Keywords({ data }: { data: BuyerKeywords }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <div className="card" data-testid="keywords">
      <h3>{t('showcase.keywords')}</h3>
      <p className="muted">{t('showcase.keywordsIntro')}</p>
      {data.products.length === 0 && <p>{t('showcase.empty')}</p>}
      {data.products.map((p) => (
        <div key={p.product} className="keyword-product">
          <strong>{p.product}</strong> <span className="muted">{t('showcase.inquiries', { n: String(p.n90) })}</span>
          <dl className="facts">
            {p.words.map((w) => (
              <div key={w.country ?? ''} data-country={w.country ?? ''}>
                <dt>
                  {w.country ? `${flag(w.country)} ${countryName(w.country, lang)}` : t('showcase.unknownCountry')} ({w.inquiries})
                </dt>
                <dd className="evidence">
                  {w.phrases.map((x) => (
                    <q key={x.phrase}>
                      {x.phrase} ×{x.n}
                    </q>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
