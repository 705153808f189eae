import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { navigate, withParams } from '../../router';
import { KINDS, type InboxFilters } from './filters';
import { useUsersQuery } from './useInboxQuery';

const set = (key: string, value: string) => navigate(withParams({ [key]: value, open: null }), { replace: true });

export function InboxFilterBar({ filters, me }: { filters: InboxFilters; me: Me }) {
  const { t } = useTranslation();
  const users = useUsersQuery(me.role === 'admin');
  const [q, setQ] = useState(filters.q ?? '');
  const search = (event: FormEvent) => {
    event.preventDefault();
    set('q', q.trim());
  };
  return (
    <div className="filters">
      <form role="search" onSubmit={search}>
        <input type="search" name="q" placeholder={t('filter.search')} aria-label={t('filter.search')} value={q} onChange={(e) => setQ(e.target.value)} />
      </form>
      <select aria-label={t('filter.grade')} value={filters.grade ?? ''} onChange={(e) => set('grade', e.target.value)}>
        <option value="">{t('filter.anyGrade')}</option>
        {(['A', 'B', 'C'] as const).map((g) => (
          <option key={g} value={g}>{t(`grade.${g}`)}</option>
        ))}
      </select>
      <select aria-label={t('filter.kind')} value={filters.kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
        <option value="">{t('filter.anyKind')}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>{t(`kind.${k}`)}</option>
        ))}
      </select>
      <input
        aria-label={t('filter.country')}
        placeholder={t('filter.country')}
        className="narrow"
        maxLength={2}
        defaultValue={filters.country ?? ''}
        onChange={(e) => {
          const v = e.target.value.trim();
          if (v.length === 0 || v.length === 2) set('country', v.toUpperCase());
        }}
      />
      <input aria-label={t('filter.product')} placeholder={t('filter.product')} defaultValue={filters.product ?? ''} onBlur={(e) => set('product', e.target.value.trim())} />
      {me.role === 'admin' && (
        <select aria-label={t('filter.salesperson')} value={filters.assignee ?? ''} onChange={(e) => set('assignee', e.target.value)}>
          <option value="">{t('filter.anyone')}</option>
          {users.data?.map((u) => (
            <option key={u.id} value={u.id}>{u.name}</option>
          ))}
        </select>
      )}
      <label className="inline">
        {t('filter.from')}
        <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="inline">
        {t('filter.to')}
        <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={filters.archived === '1'} onChange={(e) => set('archived', e.target.checked ? '1' : '')} />
        {t('filter.archived')}
      </label>
    </div>
  );
}
