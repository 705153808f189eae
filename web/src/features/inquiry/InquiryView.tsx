import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { dateTime } from '../../components/format';
import { VerdictBadge } from '../../components/VerdictBadge';
import { currentLang } from '../../i18n';
import { ReplyPanel } from '../reply/ReplyPanel';
import { ActionBar } from './ActionBar';
import { BuyerCard } from './BuyerCard';
import { MailBody } from './MailBody';
import { Requirements } from './Requirements';
import { SignalList } from './SignalList';
import { ThreadList } from './ThreadList';
import { useInquiryQuery } from './useInquiryQuery';

export function InquiryView({ id, me }: { id: number; me: Me }) {
  const { t } = useTranslation();
  const inquiry = useInquiryQuery(id);
  if (inquiry.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (inquiry.isError) return <p className="error">{t('inquiry.notFound')}</p>;
  const { message } = inquiry.data;
  const evidence = message.record.signals.flatMap((s) => s.evidence);
  return (
    <article className="inquiry" data-testid="inquiry" data-id={message.id}>
      <header>
        <h2>{message.subject || t('inbox.noSubject')}</h2>
        <p className="muted">
          {message.from_name ? `${message.from_name} <${message.from_address ?? ''}>` : message.from_address} · {dateTime(message.received_at, currentLang())} · {t(`channel.${message.channel}`)}
        </p>
        <p>
          <VerdictBadge verdict={message.label ?? message.verdict} kind={message.junk_kind} /> {message.grade && <span className="grade">{t(`grade.${message.grade}`)}</span>}{' '}
          <span className="muted">{t(`priority.${message.priority}`)}</span>
          {message.label && <span className="muted"> · {t('inquiry.labelled')}</span>}
        </p>
        {message.tab === 'junk' && <p className="banner" role="note">{t('inquiry.quarantined')}</p>}
        <ActionBar inquiry={inquiry.data} me={me} />
      </header>
      <div className="inquiry-grid">
        <div>
          <MailBody key={message.id} message={message} evidence={evidence} />
          <ThreadList inquiry={inquiry.data} />
          {message.direction === 'in' && <ReplyPanel inquiry={inquiry.data} />}
        </div>
        <aside>
          <SignalList signals={message.record.signals} score={message.score} />
          <Requirements extracted={message.record.extracted} />
          <BuyerCard inquiry={inquiry.data} />
        </aside>
      </div>
    </article>
  );
}
