import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../api/types';
import { fileSize } from '../../components/format';
import { currentLang } from '../../i18n';

/**
 * Every attachment with its type, size, the names inside a zip and its risk. Nothing here opens or
 * downloads one: the whole raw mail is the only download (MailBody), to be opened with care.
 */
export function AttachmentList({ attachments }: { attachments: AttachmentView[] }) {
  const { t } = useTranslation();
  const zh = currentLang() === 'zh';
  if (attachments.length === 0) return null;
  return (
    <section className="card attachments" data-testid="attachments" aria-labelledby="attachments-title">
      <h3 id="attachments-title">{t('inquiry.attachments', { n: String(attachments.length) })}</h3>
      <ul>
        {attachments.map((a, i) => (
          <li key={`${i}:${a.name}`} data-attachment={a.name} data-risk={a.risk}>
            <span className={`badge risk-${a.risk}`}>{t(`risk.${a.risk}`)}</span> <strong className="file-name">{a.name || t('inquiry.noFileName')}</strong>{' '}
            <span className="muted">
              {a.type} · {fileSize(a.size)}
              {a.inline ? ` · ${t('inquiry.inlinePart')}` : ''}
            </span>
            <div className="reason">{zh ? a.reasonZh : a.reasonEn}</div>
            {a.innerNames.length > 0 && (
              <div className="inner-names">
                <span className="muted">{t('inquiry.innerNames')}</span>
                <ul>
                  {a.innerNames.map((name, j) => (
                    <li key={`${j}:${name}`} className={a.evidence.includes(name) ? 'risky' : undefined}>
                      {name}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
