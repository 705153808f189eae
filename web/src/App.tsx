import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrf } from './api/client';
import type { Me } from './api/types';
import { LangSwitch } from './components/LangSwitch';
import { Link } from './components/Link';
import { Toasts } from './components/Toasts';
import { InboxPage } from './features/inbox/InboxPage';
import { SignIn } from './features/session/SignIn';
import { useMeQuery } from './features/session/useMeQuery';
import { useLocation } from './router';

// Charts and the team page load on demand: the inbox, opened most, paints without them.
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage'));
const AdminPage = lazy(() => import('./features/admin/AdminPage'));
const FollowupsPage = lazy(() => import('./features/followups/FollowupsPage'));
const ReactivationPage = lazy(() => import('./features/reactivation/ReactivationPage'));
const ListingsPage = lazy(() => import('./features/listings/ListingsPage'));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage'));
const PAGES = ['/dashboard', '/admin', '/today', '/reactivation', '/listings', '/settings'];

export function App() {
  const { t } = useTranslation();
  const me = useMeQuery();
  if (me.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (me.isError) return <p className="error">{t('error.generic')}</p>;
  if (!me.data) return <SignIn />;
  return <Shell me={me.data} />;
}

function Shell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { path } = useLocation();
  const client = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => api<undefined>('DELETE', '/api/session'),
    onSettled: () => {
      setCsrf(null);
      client.clear();
      client.setQueryData(['me'], null);
    },
  });
  const page =
    path === '/listings' ? <ListingsPage /> : path === '/dashboard' ? <DashboardPage /> : path === '/today' ? <FollowupsPage /> : path === '/reactivation' ? <ReactivationPage /> : path === '/admin' && me.role === 'admin' ? <AdminPage /> : path === '/settings' ? <SettingsPage me={me} /> : <InboxPage me={me} />;
  return (
    <div className="shell">
      <header className="topbar">
        <strong className="brand">{t('app.name')}</strong>
        <nav>
          <Link href="/" active={!PAGES.includes(path)}>{t('nav.inbox')}</Link>
          <Link href="/today" active={path === '/today'}>{t('nav.today')}</Link>
          <Link href="/dashboard" active={path === '/dashboard'}>{t('nav.dashboard')}</Link>
          <Link href="/reactivation" active={path === '/reactivation'}>{t('nav.reactivation')}</Link>
          <Link href="/listings" active={path === '/listings'}>{t('nav.listings')}</Link>
          {me.role === 'admin' && <Link href="/admin" active={path === '/admin'}>{t('nav.admin')}</Link>}
          <Link href="/settings" active={path === '/settings'}>{t('nav.settings')}</Link>
        </nav>
        <span className="spacer" />
        <LangSwitch />
        <span className="muted" data-testid="me">{me.name}</span>
        <button type="button" className="link" onClick={() => signOut.mutate()}>
          {t('nav.signout')}
        </button>
      </header>
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>{page}</Suspense>
      <Toasts />
    </div>
  );
}
