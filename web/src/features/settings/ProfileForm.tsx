import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showToast } from '../../components/toasts';

/** GET/PUT /api/me/profile: what signs a draft. */
interface Profile {
  name: string;
  title: string | null;
  company: string;
  phone: string | null;
  website: string | null;
}

const FIELDS = ['name', 'title', 'company', 'phone', 'website'] as const;
const REQUIRED = new Set<string>(['name', 'company']);

export function ProfileForm() {
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: ['profile'], queryFn: () => api<Profile | null>('GET', '/api/me/profile') });
  if (profile.isPending) return <p className="loading">{t('common.loading')}</p>;
  return <ProfileFields key={JSON.stringify(profile.data)} saved={profile.data ?? null} />;
}

function ProfileFields({ saved }: { saved: Profile | null }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState<Record<(typeof FIELDS)[number], string>>({ name: saved?.name ?? '', title: saved?.title ?? '', company: saved?.company ?? '', phone: saved?.phone ?? '', website: saved?.website ?? '' });
  const save = useMutation({
    // Empty optional lines are sent as null: "no title", not a blank one in the signature.
    mutationFn: () => api<Profile>('PUT', '/api/me/profile', { ...form, title: form.title || null, phone: form.phone || null, website: form.website || null }),
    onSuccess: (data) => {
      showToast(t('admin.saved'));
      client.setQueryData(['profile'], data);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="card settings-form" onSubmit={submit} data-testid="profile">
      <h3>{t('settings.profile')}</h3>
      <p className="muted">{t('settings.profileHint')}</p>
      {FIELDS.map((key) => (
        <label key={key}>
          {t(`settings.profile.${key}`)}
          <input required={REQUIRED.has(key)} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
        </label>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('admin.save')}
        </button>
        {save.isError && <span className="error" role="alert">{t('admin.invalid')}</span>}
      </div>
    </form>
  );
}
