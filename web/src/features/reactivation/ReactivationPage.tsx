import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import { countryName } from '../../components/format';
import { showToast } from '../../components/toasts';
import { currentLang } from '../../i18n';
import { BuyerTable } from './BuyerTable';
import { OutreachQueueTable } from './OutreachQueueTable';
import type { BuyerRow } from './types';
import { useOutreachQuery, useReactivationQuery } from './useReactivationQuery';

const PAGE = 100;

/** "旧询盘再开发 Reactivation": old buyers worth writing to again, the files, and the outreach queue. */
export default function ReactivationPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const client = useQueryClient();
  const [filters, setFilters] = useState({ grade: '', country: '', limit: PAGE });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<BuyerRow | null>(null);
  const list = useReactivationQuery(filters);
  const outreach = useOutreachQuery();
  const queue = useMutation({
    mutationFn: (keys: string[]) => api<{ queued: unknown[]; skipped: unknown[] }>('POST', '/api/outreach', { keys }),
    onSuccess: (r) => {
      setSelected(new Set());
      showToast(t('outreach.queued', { n: String(r.queued.length), skipped: String(r.skipped.length) }));
      void client.invalidateQueries({ queryKey: ['outreach'] });
      void client.invalidateQueries({ queryKey: ['reactivation'] });
    },
    onError: () => showToast(t('error.generic')),
  });
  if (list.isError) return <p className="error">{t('error.generic')}</p>;
  if (!list.data) return <p className="loading">{t('reactivation.loading')}</p>;
  const data = list.data;
  const toggle = (key: string) => setSelected((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])));
  const exportHref = (format: 'csv' | 'xlsx') => `/api/reactivation/export${query({ format, grade: filters.grade, country: filters.country })}`;
  const c = data.counts;
  return (
    <main className="admin" data-testid="reactivation">
      <h2>{t('reactivation.title')}</h2>
      <p className="muted">{t('reactivation.hint')}</p>
      <p data-testid="reactivation-counts">
        {t('reactivation.counts', { buyers: String(c.buyers), a: String(c.byGrade.A), b: String(c.byGrade.B), c: String(c.byGrade.C), junk: String(c.junk), customers: String(c.customers), dead: String(c.dead) })}
        {data.customerList && <span className="muted"> · {t('reactivation.customerList', { file: data.customerList.filename, n: String(data.customerList.customers) })}</span>}
      </p>
      <div className="filters">
        <select aria-label={t('filter.grade')} value={filters.grade} onChange={(e) => setFilters({ ...filters, grade: e.target.value, limit: PAGE })}>
          <option value="">{t('filter.anyGrade')}</option>
          {['A', 'B', 'C'].map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
        <select aria-label={t('reactivation.country')} value={filters.country} onChange={(e) => setFilters({ ...filters, country: e.target.value, limit: PAGE })}>
          <option value="">{t('reactivation.anyCountry')}</option>
          {data.countries.map((code) => <option key={code} value={code}>{countryName(code, lang)}</option>)}
        </select>
        <a className="button" href={exportHref('xlsx')} download>{t('reactivation.exportXlsx')}</a>
        <a className="button" href={exportHref('csv')} download>{t('reactivation.exportCsv')}</a>
        <button type="button" disabled={selected.size === 0 || queue.isPending} onClick={() => queue.mutate([...selected])}>
          {t('outreach.queue', { n: String(selected.size) })}
        </button>
      </div>
      <p className="muted" data-testid="reactivation-shown">{t('reactivation.shown', { shown: String(data.rows.length), total: String(data.total) })}</p>
      <BuyerTable rows={data.rows} selected={selected} onToggle={toggle} onOpen={setOpen} />
      {data.rows.length < data.total && (
        <button type="button" onClick={() => setFilters({ ...filters, limit: Math.min(filters.limit + PAGE, 500) })} disabled={filters.limit >= 500}>{t('reactivation.more')}</button>
      )}
      {open && (
        <section className="draft" data-testid="outreach-draft">
          <h3>{t('outreach.draft', { who: open.email ?? open.name ?? '' })}</h3>
          {open.draft ? (
            <>
              <p className="muted">{t('outreach.languages', { langs: open.draft.languages.join(' + ') })}</p>
              <p><strong>{open.draft.subject}</strong></p>
              <pre>{open.draft.body}</pre>
            </>
          ) : (
            <p className="empty">{t('outreach.noDraft')}</p>
          )}
          <button type="button" className="link" onClick={() => setOpen(null)}>{t('common.close')}</button>
        </section>
      )}
      <section data-testid="reactivation-excluded">
        <h3>{t('reactivation.excluded', { n: String(data.excluded.length) })}</h3>
        <table className="users">
          <tbody>
            {data.excluded.map((e) => (
              <tr key={e.key}>
                <td>{e.name ?? '—'}</td>
                <td>{e.email}</td>
                <td>{e.company}</td>
                <td>{lang === 'zh' ? e.reason.zh : e.reason.en}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {outreach.data && <OutreachQueueTable queue={outreach.data} />}
    </main>
  );
}
