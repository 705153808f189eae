import { useTranslation } from 'react-i18next';
import type { Tab } from '../../api/types';
import { navigate, withParams } from '../../router';
import { TABS } from './filters';
import { useCountsQuery } from './useInboxQuery';

export function InboxTabs({ current }: { current: Tab }) {
  const { t } = useTranslation();
  const counts = useCountsQuery();
  return (
    <div role="tablist" className="tabs">
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          data-tab={tab}
          aria-selected={tab === current}
          onClick={() => navigate(withParams({ tab, open: null }))}
        >
          {t(`tab.${tab}`)}
          <span className="count" data-testid={`count-${tab}`}>{counts.data ? counts.data[tab].toLocaleString() : '…'}</span>
        </button>
      ))}
    </div>
  );
}
