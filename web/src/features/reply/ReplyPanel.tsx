import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../../api/client';
import type { Finding, Inquiry, ReplyDraft, Sent } from '../../api/types';
import { Link } from '../../components/Link';
import { showToast } from '../../components/toasts';
import { currentLang } from '../../i18n';

/** Errors the send can meet that the salesperson can act on; anything else is the generic one. */
const SEND_ERRORS = ['smtp_missing', 'smtp', 'not_replyable'] as const;
type SendError = (typeof SEND_ERRORS)[number];
const isSendError = (code: string): code is SendError => SEND_ERRORS.some((c) => c === code);

/**
 * "回复 Reply": load the draft, edit it, run the pre-send check, send. Nothing is sent before the
 * salesperson presses send; the check never blocks it, it only says what to fix.
 */
export function ReplyPanel({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = inquiry.message.id;
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState<SendError | 'generic' | null>(null);
  const failed = (e: unknown) => {
    const code = e instanceof ApiFailure ? e.code : '';
    setError(isSendError(code) ? code : 'generic');
  };

  const draft = useMutation({
    mutationFn: () => api<ReplyDraft>('GET', `/api/inquiries/${id}/draft`),
    onSuccess: (d) => {
      setSubject(d.subject);
      setBody(d.body);
      setFindings(null);
      setError(null);
    },
    onError: failed,
  });
  const check = useMutation({
    mutationFn: () => api<{ findings: Finding[] }>('POST', `/api/inquiries/${id}/check`, { subject, body }),
    onSuccess: (r) => setFindings(r.findings),
    onError: failed,
  });
  const send = useMutation({
    mutationFn: () => api<Sent>('POST', `/api/inquiries/${id}/reply`, { subject, body }),
    onSuccess: () => {
      showToast(t('reply.sent'));
      setSubject('');
      setBody('');
      setFindings(null);
      setError(null);
      return Promise.all([client.invalidateQueries({ queryKey: ['inquiry'] }), client.invalidateQueries({ queryKey: ['followups'] }), client.invalidateQueries({ queryKey: ['report'] })]);
    },
    onError: failed,
  });
  const lang = currentLang();
  const empty = !subject.trim() || !body.trim();

  return (
    <section className="card reply" aria-labelledby="reply-title" data-testid="reply">
      <h3 id="reply-title">{t('reply.title')}</h3>
      <div className="actions">
        <button type="button" data-action="load-draft" onClick={() => draft.mutate()} disabled={draft.isPending}>
          {t('reply.loadDraft')}
        </button>
      </div>
      <label className="stacked">
        {t('reply.subject')}
        <input value={subject} onChange={(e) => setSubject(e.target.value)} data-testid="reply-subject" />
      </label>
      <label className="stacked">
        {t('reply.body')}
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={14} data-testid="reply-body" />
      </label>
      <div className="actions">
        <button type="button" data-action="check" onClick={() => check.mutate()} disabled={empty || check.isPending}>
          {t('reply.check')}
        </button>
        <button type="button" className="primary" data-action="send" onClick={() => send.mutate()} disabled={empty || send.isPending}>
          {send.isPending ? t('reply.sending') : t('reply.send')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error === 'generic' ? t('error.generic') : t(`reply.error.${error}`)}
          {error === 'smtp_missing' && <> <Link href="/settings">{t('reply.openSettings')}</Link></>}
        </p>
      )}
      {findings && (findings.length === 0 ? (
        <p className="good" data-testid="findings-none">{t('reply.allClear')}</p>
      ) : (
        <ul className="findings" data-testid="findings" aria-label={t('reply.findings')}>
          {findings.map((f) => (
            <li key={f.id} data-finding={f.id}>
              {lang === 'zh' ? f.zh : f.en}
              {f.evidence.length > 0 && <span className="evidence">{f.evidence.map((e) => <q key={e}>{e}</q>)}</span>}
            </li>
          ))}
        </ul>
      ))}
    </section>
  );
}
