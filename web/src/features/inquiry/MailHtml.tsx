import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MailFrame } from './MailFrame';
import { sanitizeMail } from './sanitize-mail';

/** The mail's HTML, sanitised, with remote images held back until the user asks (they tell the sender the mail was read). */
export function MailHtml({ html, showImages, onShowImages }: { html: string; showImages: boolean; onShowImages: () => void }) {
  const { t } = useTranslation();
  const mail = useMemo(() => sanitizeMail(html, showImages), [html, showImages]);
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
