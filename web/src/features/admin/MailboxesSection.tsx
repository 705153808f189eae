import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../../api/client';
import { dateTime } from '../../components/format';
import { showToast } from '../../components/toasts';
import { currentLang } from '../../i18n';
import { countsOf, type FolderResult, type Mailbox } from './types';

/** "INBOX, Sales" → ["INBOX", "Sales"] */
const folderList = (text: string) => text.split(/[,，]/).map((s) => s.trim()).filter(Boolean);

/** "同步邮箱 Mailboxes": IMAP accounts the desk reads, each with its last sync and a "sync now". */
export function MailboxesSection() {
  const { t } = useTranslation();
  const boxes = useQuery({ queryKey: ['mailboxes'], queryFn: () => api<Mailbox[]>('GET', '/api/mailboxes') });
  return (
    <section className="card" data-testid="mailboxes">
      <h3>{t('mailboxes.title')}</h3>
      {boxes.data?.length === 0 && <p className="muted">{t('mailboxes.none')}</p>}
      {boxes.data && boxes.data.length > 0 && (
        <table className="users">
          <thead>
            <tr>
              <th>{t('mailboxes.label')}</th>
              <th>{t('mailboxes.server')}</th>
              <th>{t('mailboxes.username')}</th>
              <th>{t('mailboxes.folders')}</th>
              <th>{t('mailboxes.lastSync')}</th>
              <th />
            </tr>
          </thead>
          <tbody>{boxes.data.map((b) => <MailboxRow key={b.id} box={b} />)}</tbody>
        </table>
      )}
      <NewMailbox />
    </section>
  );
}

function MailboxRow({ box }: { box: Mailbox }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const lang = currentLang();
  const sync = useMutation({
    mutationFn: () => api<FolderResult[]>('POST', `/api/mailboxes/${box.id}/sync`),
    onSettled: () => Promise.all(['mailboxes', 'inbox', 'counts'].map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
  const failure = sync.error instanceof ApiFailure ? sync.error.detail?.[lang] : null;
  return (
    <>
      <tr data-mailbox={box.id}>
        <td>{box.label}</td>
        <td>
          {box.host}:{box.port} {box.secure ? 'TLS' : ''}
        </td>
        <td>{box.username}</td>
        <td>{box.folders.join(', ')}</td>
        <td>
          {box.lastSyncAt ? dateTime(box.lastSyncAt, lang) : t('mailboxes.never')}
          {box.lastError && <div className="error">{box.lastError}</div>}
        </td>
        <td>
          <button type="button" onClick={() => sync.mutate()} disabled={sync.isPending}>
            {sync.isPending ? t('mailboxes.syncing') : t('mailboxes.sync')}
          </button>
        </td>
      </tr>
      {(sync.data || sync.error) && (
        <tr>
          <td colSpan={6}>
            {sync.error && <p className="error" role="alert">{t('mailboxes.syncFailed')}{failure ? `: ${failure}` : ''}</p>}
            {sync.data?.map((f) => (
              <div key={f.folder} data-folder={f.folder}>
                {f.folder}: {t('imports.counts', countsOf(f))}
              </div>
            ))}
          </td>
        </tr>
      )}
    </>
  );
}

function NewMailbox() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const empty = { label: '', host: '', port: '993', username: '', password: '', folders: 'INBOX' };
  const [form, setForm] = useState(empty);
  const [secure, setSecure] = useState(true);
  const field = (key: keyof typeof empty) => ({ value: form[key], placeholder: t(`mailboxes.${key}`), 'aria-label': t(`mailboxes.${key}`), onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });
  const add = useMutation({
    mutationFn: () => api<Mailbox>('POST', '/api/mailboxes', { label: form.label, host: form.host, port: Number(form.port), secure, username: form.username, password: form.password, folders: folderList(form.folders) }),
    onSuccess: () => {
      setForm(empty);
      showToast(t('mailboxes.added'));
      return client.invalidateQueries({ queryKey: ['mailboxes'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="new-user" onSubmit={submit} data-testid="new-mailbox">
      <h3>{t('mailboxes.add')}</h3>
      <input required {...field('label')} />
      <input required {...field('host')} />
      <input required type="number" min={1} max={65535} className="narrow" {...field('port')} />
      <label className="inline">
        <input type="checkbox" checked={secure} onChange={(e) => setSecure(e.target.checked)} />
        {t('mailboxes.tls')}
      </label>
      <input required {...field('username')} autoComplete="off" />
      <input required type="password" {...field('password')} autoComplete="new-password" />
      <input required {...field('folders')} />
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('mailboxes.add')}
      </button>
      {add.error && <p role="alert" className="error">{t('admin.invalid')}</p>}
    </form>
  );
}
