import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure, setCsrf } from '../../api/client';
import type { Me } from '../../api/types';
import { LangSwitch } from '../../components/LangSwitch';

export function SignIn() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api<Me>('POST', '/api/session', { email, password }),
    onSuccess: (me) => {
      setCsrf(me.csrf);
      client.setQueryData(['me'], me);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  const failed = login.error instanceof ApiFailure && login.error.status === 401 ? t('signin.wrong') : login.error ? t('error.generic') : null;
  return (
    <main className="signin">
      <form onSubmit={submit} className="card signin-card" aria-labelledby="signin-title">
        <h1 id="signin-title">{t('app.name')}</h1>
        <p className="muted">{t('signin.intro')}</p>
        <label>
          {t('signin.email')}
          <input name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('signin.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {failed && <p role="alert" className="error">{failed}</p>}
        <button type="submit" className="primary" disabled={login.isPending}>
          {t('signin.submit')}
        </button>
        <LangSwitch />
      </form>
    </main>
  );
}
