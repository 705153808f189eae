import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { FollowUp } from '../../api/types';
import { countryName, flag } from '../../components/format';
import { Link } from '../../components/Link';
import { currentLang } from '../../i18n';

/** "今日跟进 Today": the reminders due today, each at the buyer's local office hour. */
export default function FollowupsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const list = useQuery({ queryKey: ['followups'], queryFn: () => api<{ followups: FollowUp[] }>('GET', '/api/followups') });
  if (list.isError) return <p className="error">{t('error.generic')}</p>;
  if (!list.data) return <p className="loading">{t('common.loading')}</p>;
  const items = list.data.followups;
  return (
    <main className="admin" data-testid="followups">
      <h2>{t('today.title')}</h2>
      <p className="muted">{t('today.hint')}</p>
      {items.length === 0 ? (
        <p className="empty">{t('today.empty')}</p>
      ) : (
        <table className="users">
          <thead>
            <tr>
              <th>{t('today.due')}</th>
              <th>{t('today.step')}</th>
              <th>{t('inquiry.buyer')}</th>
              <th>{t('today.subject')}</th>
              <th>{t('filter.salesperson')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.threadId} data-followup={f.messageId}>
                <td>
                  {f.buyerLocal} {f.overdue && <span className="badge suspicious">{t('today.overdue')}</span>}
                </td>
                <td>{f.kind === 'call' ? t('today.call') : t('today.followUp', { n: String(f.step) })}</td>
                <td>
                  {f.buyerName ?? f.buyerEmail ?? '—'}
                  {f.company && <span className="muted"> · {f.company}</span>}
                  {f.country && <span className="muted"> · {flag(f.country)} {countryName(f.country, lang)}</span>}
                </td>
                <td>
                  <Link href={`/?open=${f.messageId}`}>{f.subject || t('inbox.noSubject')}</Link>
                </td>
                <td>{f.salesperson ?? t('action.nobody')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
