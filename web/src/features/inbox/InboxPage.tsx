import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { navigate, useLocation, withParams } from '../../router';
import { InquiryView } from '../inquiry/InquiryView';
import { useInquiryAction } from '../inquiry/useInquiryAction';
import { filtersFrom } from './filters';
import { InboxFilterBar } from './InboxFilterBar';
import { InboxTabs } from './InboxTabs';
import { InquiryList } from './InquiryList';
import { useInboxKeys } from './useInboxKeys';
import { useInboxQuery } from './useInboxQuery';

export function InboxPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { params } = useLocation();
  const search = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(search)), [search]);
  const openId = Number(params.get('open')) || null;
  const inbox = useInboxQuery(filters);
  const rows = useMemo(() => inbox.data?.pages.flatMap((p) => p.rows) ?? [], [inbox.data]);
  const [cursor, setCursor] = useState(0);
  const act = useInquiryAction();

  useEffect(() => setCursor(0), [filters]);
  const clamp = (i: number) => Math.max(0, Math.min(i, rows.length - 1));
  const open = (index: number) => {
    const row = rows[index];
    if (row) navigate(withParams({ open: row.id }));
  };
  const target = () => rows[cursor]?.id ?? openId;
  useInboxKeys({
    next: () => setCursor((c) => clamp(c + 1)),
    previous: () => setCursor((c) => clamp(c - 1)),
    open: () => open(cursor),
    archive: () => {
      const id = target();
      if (id) act.mutate({ id, action: { action: 'archive', archived: filters.archived !== '1' } });
    },
    junk: () => {
      const id = target();
      if (id) act.mutate({ id, action: { action: 'label', label: 'junk' } });
    },
    search: () => document.querySelector<HTMLInputElement>('input[type=search]')?.focus(),
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = inbox;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <main className="inbox">
      <InboxTabs current={filters.tab} />
      <InboxFilterBar key={filters.q ?? ''} filters={filters} me={me} />
      <div className="split">
        {inbox.isError ? (
          <p className="error list">{t('error.generic')}</p>
        ) : (
          <InquiryList
            rows={rows}
            cursor={cursor}
            openId={openId}
            hasMore={Boolean(hasNextPage)}
            loadMore={loadMore}
            pick={(index) => {
              setCursor(index);
              open(index);
            }}
          />
        )}
        <section className="detail" aria-label={t('inquiry.title')}>
          {openId ? <InquiryView key={openId} id={openId} me={me} /> : <p className="muted hint">{t('inbox.pick')}</p>}
        </section>
      </div>
    </main>
  );
}
