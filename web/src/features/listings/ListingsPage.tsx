import { useTranslation } from 'react-i18next';
import { navigate, useLocation, withParams } from '../../router';
import { CheckView } from './CheckView';
import { ShowcaseView } from './ShowcaseView';

const VIEWS = ['check', 'showcase'] as const;

/** 产品诊断 Listings: the catalogue check, and showcase picks with the buyers' words (?view=showcase). */
export default function ListingsPage() {
  const { t } = useTranslation();
  const { params } = useLocation();
  const view = params.get('view') === 'showcase' ? 'showcase' : 'check';
  return (
    <main className="listings" data-testid="listings">
      <div role="tablist" className="tabs">
        {VIEWS.map((v) => (
          <button key={v} type="button" role="tab" aria-selected={v === view} onClick={() => navigate(withParams({ view: v === 'check' ? null : v }))}>
            {t(`listings.tab.${v}`)}
          </button>
        ))}
      </div>
      <div className="listings-body">{view === 'check' ? <CheckView /> : <ShowcaseView />}</div>
    </main>
  );
}
