import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showToast } from '../../components/toasts';

/** GET /api/me/smtp: never the password, only whether one is stored. */
interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  hasPassword: boolean;
}

export function SmtpForm() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: ['smtp'], queryFn: () => api<SmtpSettings | null>('GET', '/api/me/smtp') });
  if (settings.isPending) return <p className="loading">{t('common.loading')}</p>;
  // Keyed by the saved state, so the form starts again from what the server holds after a save.
  return <SmtpFields key={JSON.stringify(settings.data)} saved={settings.data ?? null} />;
}

function SmtpFields({ saved }: { saved: SmtpSettings | null }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({ host: saved?.host ?? '', port: String(saved?.port ?? 465), user: saved?.user ?? '', password: '' });
  const [secure, setSecure] = useState(saved?.secure ?? true);
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });
  const save = useMutation({
    // An empty password field keeps the stored password (the API's "omit to keep").
    mutationFn: () => api<SmtpSettings>('PUT', '/api/me/smtp', { host: form.host, port: Number(form.port), secure, user: form.user || null, ...(form.password ? { password: form.password } : {}) }),
    // The form starts again from the saved state (its key changes), so the word comes as a toast.
    onSuccess: (data) => {
      showToast(t('admin.saved'));
      client.setQueryData(['smtp'], data);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="card settings-form" onSubmit={submit} data-testid="smtp">
      <h3>{t('settings.smtp')}</h3>
      <p className="muted">{t('settings.smtpHint')}</p>
      <label>
        {t('settings.host')}
        <input required {...field('host')} />
      </label>
      <label>
        {t('settings.port')}
        <input required type="number" min={1} max={65535} className="narrow" {...field('port')} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={secure} onChange={(e) => setSecure(e.target.checked)} />
        {t('settings.tls')}
      </label>
      <label>
        {t('settings.user')}
        <input {...field('user')} autoComplete="off" />
      </label>
      <label>
        {t('settings.password')}
        <input type="password" {...field('password')} autoComplete="new-password" placeholder={saved?.hasPassword ? t('settings.passwordKept') : undefined} />
      </label>
      <p className="muted" data-testid="smtp-password-state">{saved?.hasPassword ? t('settings.passwordSet') : t('settings.passwordNone')}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('admin.save')}
        </button>
        {save.isError && <span className="error" role="alert">{t('admin.invalid')}</span>}
      </div>
    </form>
  );
}
