import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { dateTime } from '../../components/format';
import { currentLang } from '../../i18n';
import type { OutreachQueue } from './types';

/** The letters queued, going and gone, with why any failed or was cancelled. */
export function OutreachQueueTable({ queue }: { queue: OutreachQueue }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: (id: number) => api<OutreachQueue>('POST', `/api/outreach/${id}/cancel`),
    onSuccess: (data) => client.setQueryData(['outreach'], data),
  });
  const minutes = String(Math.round(queue.pacing.intervalSeconds / 60));
  return (
    <section data-testid="outreach-queue">
      <h3>{t('outreach.title')}</h3>
      <p className="muted">{t('outreach.pacing', { minutes, cap: String(queue.pacing.dailyCap) })}</p>
      {queue.items.length === 0 ? (
        <p className="empty">{t('outreach.empty')}</p>
      ) : (
        <table className="users">
          <thead>
            <tr>
              <th>{t('reactivation.col.email')}</th>
              <th>{t('outreach.subject')}</th>
              <th>{t('reactivation.col.status')}</th>
              <th>{t('outreach.queuedAt')}</th>
              <th>{t('outreach.attemptedAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {queue.items.map((i) => (
              <tr key={i.id} data-status={i.status}>
                <td>{i.name ? `${i.name} <${i.email}>` : i.email}</td>
                <td>{i.subject}</td>
                <td>
                  {t(`outreach.status.${i.status}`)}
                  {i.reason && <span className="muted"> · {lang === 'zh' ? i.reason.zh : i.reason.en}</span>}
                </td>
                <td>{dateTime(i.queuedAt, lang)}</td>
                <td>{i.attemptedAt ? dateTime(i.attemptedAt, lang) : '—'}</td>
                <td>
                  {i.status === 'queued' && (
                    <button type="button" className="link" onClick={() => cancel.mutate(i.id)}>{t('outreach.cancel')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
