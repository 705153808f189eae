import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Bucket, ResponseReport } from '../../api/types';

const BUCKETS: Bucket[] = ['0-6h', '6-12h', '12-24h', '24h+'];
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** First-reply buckets per salesperson from GET /api/report: stored replies only, no estimates. */
export function ResponseTimes() {
  const { t } = useTranslation();
  const report = useQuery({ queryKey: ['report'], queryFn: () => api<ResponseReport>('GET', '/api/report') });
  if (report.isError) return <p className="error">{t('error.generic')}</p>;
  if (!report.data) return <p className="loading">{t('common.loading')}</p>;
  const r = report.data;
  return (
    <div data-testid="response-times">
      <p className="muted">{t('dash.responseSummary', { answered: String(r.answered), inquiries: String(r.inquiries), timely: percent(r.timelyReplyRate), again: percent(r.buyerSecondReplyRate) })}</p>
      {r.answered === 0 ? (
        <p className="empty">{t('dash.noReplies')}</p>
      ) : (
        <table className="users">
          <thead>
            <tr>
              <th>{t('filter.salesperson')}</th>
              {BUCKETS.map((b) => <th key={b}>{t(`bucket.${b}`)}</th>)}
              <th>{t('dash.timely')}</th>
            </tr>
          </thead>
          <tbody>
            {r.bySalesperson.map((s) => (
              <tr key={s.salesperson} data-salesperson={s.salesperson}>
                <td>{s.salesperson || t('action.nobody')}</td>
                {BUCKETS.map((b) => <td key={b}>{s.buckets[b]}</td>)}
                <td>{percent(s.timelyReplyRate)}</td>
              </tr>
            ))}
            <tr>
              <td>{t('dash.conversion')}</td>
              {BUCKETS.map((b) => {
                const row = r.buckets.find((x) => x.bucket === b);
                return <td key={b}>{row ? `${row.won}/${row.replies} (${percent(row.conversionRate)})` : '—'}</td>;
              })}
              <td />
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
