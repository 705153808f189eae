import { useTranslation } from 'react-i18next';
import type { Grade, Inquiry, Me } from '../../api/types';
import { useUsersQuery } from '../inbox/useInboxQuery';
import { useInquiryAction } from './useInquiryAction';

export function ActionBar({ inquiry, me }: { inquiry: Inquiry; me: Me }) {
  const { t } = useTranslation();
  const act = useInquiryAction();
  const users = useUsersQuery(me.role === 'admin');
  const m = inquiry.message;
  const run = (action: Parameters<typeof act.mutate>[0]['action']) => act.mutate({ id: m.id, action });
  const isJunk = m.tab === 'junk';
  return (
    <div className="actions" role="toolbar" aria-label={t('inquiry.actions')}>
      {isJunk ? (
        <button type="button" className="primary" data-action="not-junk" onClick={() => run({ action: 'label', label: 'genuine' })}>
          {t('action.notJunk')}
        </button>
      ) : (
        <button type="button" data-action="junk" onClick={() => run({ action: 'label', label: 'junk' })}>
          {t('action.junk')}
        </button>
      )}
      <button type="button" data-action="archive" onClick={() => run({ action: 'archive', archived: m.archived === 0 })}>
        {m.archived ? t('action.unarchive') : t('action.archive')}
      </button>
      <label className="inline">
        {t('action.grade')}
        <select value={m.grade ?? ''} onChange={(e) => run({ action: 'grade', grade: e.target.value as Grade })}>
          {!m.grade && <option value="">—</option>}
          {(['A', 'B', 'C'] as const).map((g) => (
            <option key={g} value={g}>{t(`grade.${g}`)}</option>
          ))}
        </select>
      </label>
      {me.role === 'admin' && (
        <label className="inline">
          {t('action.assign')}
          <select value={m.assignee_id ?? ''} onChange={(e) => run({ action: 'assign', assigneeId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('action.nobody')}</option>
            {users.data?.filter((u) => u.active).map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
