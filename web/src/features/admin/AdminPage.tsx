import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../../api/client';
import type { Role, User } from '../../api/types';
import { showToast } from '../../components/toasts';
import { useUsersQuery } from '../inbox/useInboxQuery';
import { ImportsSection } from './ImportsSection';
import { MailboxesSection } from './MailboxesSection';

/** "steel pipe, valves" → ["steel pipe", "valves"]: how routing keywords and languages are typed. */
const list = (text: string) => text.split(/[,，]/).map((s) => s.trim()).filter(Boolean);

export default function AdminPage() {
  const { t } = useTranslation();
  const users = useUsersQuery(true);
  return (
    <main className="admin">
      <section className="card">
        <h3>{t('admin.users')}</h3>
        <p className="muted">{t('admin.routingHint')}</p>
        <table className="users">
          <thead>
            <tr>
              <th>{t('admin.name')}</th>
              <th>{t('admin.email')}</th>
              <th>{t('admin.role')}</th>
              <th>{t('admin.productLines')}</th>
              <th>{t('admin.languages')}</th>
              <th>{t('admin.active')}</th>
              <th />
            </tr>
          </thead>
          <tbody>{users.data?.map((u) => <UserRow key={`${u.id}-${u.productLines.join()}-${u.languages.join()}-${u.role}-${u.active}`} user={u} />)}</tbody>
        </table>
      </section>
      <NewUser />
      <MailboxesSection />
      <ImportsSection />
    </main>
  );
}

function UserRow({ user }: { user: User }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [role, setRole] = useState<Role>(user.role);
  const [lines, setLines] = useState(user.productLines.join(', '));
  const [languages, setLanguages] = useState(user.languages.join(', '));
  const [active, setActive] = useState(user.active === 1);
  const save = useMutation({
    mutationFn: () => api<User>('PATCH', `/api/users/${user.id}`, { role, productLines: list(lines), languages: list(languages), active }),
    onSuccess: () => {
      showToast(t('admin.saved'));
      return client.invalidateQueries({ queryKey: ['users'] });
    },
    onError: () => showToast(t('admin.invalid')),
  });
  return (
    <tr>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>
        <RoleSelect value={role} onChange={setRole} />
      </td>
      <td>
        <input aria-label={t('admin.productLines')} value={lines} onChange={(e) => setLines(e.target.value)} />
      </td>
      <td>
        <input aria-label={t('admin.languages')} className="narrow" value={languages} onChange={(e) => setLanguages(e.target.value)} />
      </td>
      <td>
        <input type="checkbox" aria-label={t('admin.active')} checked={active} onChange={(e) => setActive(e.target.checked)} />
      </td>
      <td>
        <button type="button" onClick={() => save.mutate()} disabled={save.isPending}>
          {t('admin.save')}
        </button>
      </td>
    </tr>
  );
}

function RoleSelect({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('admin.role')} value={value} onChange={(e) => onChange(e.target.value === 'admin' ? 'admin' : 'sales')}>
      <option value="sales">{t('role.sales')}</option>
      <option value="admin">{t('role.admin')}</option>
    </select>
  );
}

function NewUser() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const empty = { email: '', name: '', password: '', lines: '', languages: '' };
  const [form, setForm] = useState(empty);
  const [role, setRole] = useState<Role>('sales');
  const field = (key: keyof typeof empty) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });
  const add = useMutation({
    mutationFn: () => api<User>('POST', '/api/users', { email: form.email, name: form.name, role, password: form.password, productLines: list(form.lines), languages: list(form.languages) }),
    onSuccess: () => {
      setForm(empty);
      showToast(t('admin.added'));
      return client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const failure = add.error instanceof ApiFailure && add.error.code === 'user_exists' ? t('admin.exists') : add.error ? t('admin.invalid') : null;
  return (
    <form className="card new-user" onSubmit={submit}>
      <h3>{t('admin.add')}</h3>
      <input required type="email" placeholder={t('admin.email')} aria-label={t('admin.email')} {...field('email')} />
      <input required placeholder={t('admin.name')} aria-label={t('admin.name')} {...field('name')} />
      <RoleSelect value={role} onChange={setRole} />
      <input required type="password" minLength={10} placeholder={t('admin.password')} aria-label={t('admin.password')} autoComplete="new-password" {...field('password')} />
      <input placeholder={t('admin.productLines')} aria-label={t('admin.productLines')} {...field('lines')} />
      <input placeholder={t('admin.languages')} aria-label={t('admin.languages')} className="narrow" {...field('languages')} />
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('admin.add')}
      </button>
      {failure && <p role="alert" className="error">{failure}</p>}
    </form>
  );
}
