import { useTranslation } from 'react-i18next';
import type { Inquiry } from '../../api/types';
import { dateTime } from '../../components/format';
import { VerdictBadge } from '../../components/VerdictBadge';
import { currentLang } from '../../i18n';
import { navigate, withParams } from '../../router';

/** The buyer's whole conversation across mail, platform and chat, oldest first. */
export function ThreadList({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const messages = inquiry.thread?.messages ?? [];
  if (messages.length < 2) return null;
  return (
    <section className="card" aria-labelledby="thread-title">
      <h3 id="thread-title">{t('inquiry.thread', { n: String(inquiry.thread?.message_count ?? messages.length) })}</h3>
      <ol className="thread">
        {messages.map((m) => (
          <li key={m.id} className={m.id === inquiry.message.id ? 'current' : undefined}>
            <button type="button" className="link" onClick={() => navigate(withParams({ open: m.id }))}>
              <span className="muted">{dateTime(m.received_at, lang)}</span> {t(`channel.${m.channel}`)} {m.direction === 'out' ? '→' : '←'} {m.subject || t('inbox.noSubject')}
            </button>{' '}
            <VerdictBadge verdict={m.label ?? m.verdict} kind={m.junk_kind} />
          </li>
        ))}
      </ol>
    </section>
  );
}
