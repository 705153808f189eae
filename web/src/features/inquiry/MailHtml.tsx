import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MailFrame } from './MailFrame';
import { markEvidence } from './mark-evidence';
import { sanitizeMail } from './sanitize-mail';

/** The mail's HTML, sanitised, with remote images held back until the user asks (they tell the sender the mail was read). */
export function MailHtml({ html, evidence, showImages, onShowImages }: { html: string; evidence: string[]; showImages: boolean; onShowImages: () => void }) {
  const { t } = useTranslation();
  // By value: the caller builds a new evidence array on every render, and a new mail would mean a new frame.
  const evidenceKey = evidence.join('\u0000');
  const mail = useMemo(() => {
    const sanitized = sanitizeMail(html, showImages);
    markEvidence(sanitized.root, evidenceKey ? evidenceKey.split('\u0000') : []);
    return sanitized;
  }, [html, showImages, evidenceKey]);
  return (
    <div className="mail-html">
      {!showImages && mail.remoteImages > 0 && (
        <p className="images-blocked">
          <span className="muted">{t('inquiry.imagesBlocked')}</span>{' '}
          <button type="button" data-action="show-images" onClick={onShowImages}>
            {t('inquiry.showImages', { n: String(mail.remoteImages) })}
          </button>
        </p>
      )}
      <MailFrame mail={mail.root} showImages={showImages} />
    </div>
  );
}
