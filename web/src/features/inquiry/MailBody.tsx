import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '../../api/types';
import { AttachmentList } from './AttachmentList';
import { HighlightedText } from './HighlightedText';
import { MailHtml } from './MailHtml';
import { useInquiryContentQuery } from './useInquiryContentQuery';

type View = 'html' | 'text';

/**
 * The message as its sender wrote it: HTML (sanitised, in a sandboxed frame) when there is some,
 * else the text; the evidence marked in either; a toggle between the two; the attachments and their risk.
 * Platform and chat messages have no raw mail, so they are text only and ask for nothing more.
 */
export function MailBody({ message, evidence }: { message: Inquiry['message']; evidence: string[] }) {
  const { t } = useTranslation();
  const fromMail = message.channel === 'mail' || message.channel === 'reply';
  const content = useInquiryContentQuery(message.id, fromMail);
  const [chosen, setChosen] = useState<View | null>(null);
  // Kept here, not in MailHtml: a look at the text and back does not take the user's answer away.
  const [showImages, setShowImages] = useState(false);
  const html = content.data?.html ?? null;
  const view: View = html ? (chosen ?? 'html') : 'text';
  return (
    <div className="mail-body">
      {(html || content.data?.hasRaw) && (
        <div className="mail-tools">
          {html && (
            <div className="view-toggle" role="group" aria-label={t('inquiry.view')}>
              {(['text', 'html'] as const).map((v) => (
                <button key={v} type="button" data-view={v} aria-pressed={view === v} onClick={() => setChosen(v)}>
                  {t(v === 'text' ? 'inquiry.viewText' : 'inquiry.viewHtml')}
                </button>
              ))}
            </div>
          )}
          {content.data?.hasRaw && (
            <a className="button" href={`/api/inquiries/${message.id}/raw`} download={`inquiry-${message.id}.eml`} data-action="download-raw">
              {t('inquiry.downloadRaw')}
            </a>
          )}
        </div>
      )}
      {fromMail && content.isPending ? (
        // A moment, usually: showing the text first would make the page jump when the HTML arrives.
        <p className="loading">{t('common.loading')}</p>
      ) : view === 'html' && html ? (
        <MailHtml html={html} evidence={evidence} showImages={showImages} onShowImages={() => setShowImages(true)} />
      ) : (
        <HighlightedText text={message.body} evidence={evidence} />
      )}
      {content.isError && <p className="error">{t('inquiry.contentError')}</p>}
      {content.data && <AttachmentList attachments={content.data.attachments} />}
    </div>
  );
}
