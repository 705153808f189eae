import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../api/types';
import { flag, shortDate } from '../../components/format';
import { VerdictBadge } from '../../components/VerdictBadge';
import { currentLang } from '../../i18n';

const ROW_HEIGHT = 64;

interface Props {
  rows: InboxRow[];
  cursor: number;
  openId: number | null;
  hasMore: boolean;
  loadMore: () => void;
  pick: (index: number) => void;
}

/** Only the rows in view are in the DOM: scrolling 100,000 inquiries stays as light as 50. */
export function InquiryList({ rows, cursor, openId, hasMore, loadMore, pick }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length + (hasMore ? 1 : 0), getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtual.getVirtualItems();
  const last = items.at(-1);

  useEffect(() => {
    if (last && last.index >= rows.length - 1 && hasMore) loadMore();
  }, [last, rows.length, hasMore, loadMore]);

  useEffect(() => {
    if (rows.length > 0) virtual.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, rows.length, virtual]);

  const lang = currentLang();
  return (
    <div ref={scroller} className="list" role="listbox" aria-label={t('inbox.list')} data-loaded={rows.length}>
      <div className="list-inner" style={{ height: virtual.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) {
            return (
              <div key="more" className="row more" style={{ transform: `translateY(${item.start}px)` }}>
                {t('common.loading')}
              </div>
            );
          }
          return (
            <div
              key={row.id}
              role="option"
              data-row={row.id}
              aria-selected={item.index === cursor}
              className={`row${row.id === openId ? ' open' : ''}${item.index === cursor ? ' cursor' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => pick(item.index)}
            >
              <div className="row-top">
                <span className="sender">{row.from_name || row.from_address || t('inbox.unknownSender')}</span>
                <span className="muted">{shortDate(row.received_at, lang)}</span>
              </div>
              <div className="row-bottom">
                <span className="subject">{row.subject || t('inbox.noSubject')}</span>
                {row.country && <span title={row.country}>{flag(row.country)}</span>}
                {row.grade && <span className="grade">{row.grade}</span>}
                <VerdictBadge verdict={row.label ?? row.verdict} kind={row.junk_kind} />
              </div>
            </div>
          );
        })}
      </div>
      {rows.length === 0 && <p className="muted empty">{t('inbox.empty')}</p>}
    </div>
  );
}
