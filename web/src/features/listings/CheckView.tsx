import { useMutation } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/client';
import { currentLang } from '../../i18n';
import type { ListingsCheck, ProductCheck } from './types';
import { checkCatalogue, downloadReport } from './upload';

/** Rows drawn at once: a catalogue can have thousands, and the worst are the ones to read. */
const SHOWN = 300;
/** The worst few open with their details: what to fix first is read without a click. */
const OPEN = 5;

export function CheckView() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: checkCatalogue });
  const download = useMutation({ mutationFn: downloadReport });
  const failure = check.error instanceof ApiFailure ? check.error.code : check.error ? 'network' : null;
  return (
    <section className="listings-check">
      <div className="card">
        <label className="upload">
          <strong>{t('listings.upload')}</strong>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="catalogue-file"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen) check.mutate(chosen);
            }}
          />
        </label>
        <p className="muted">{t('listings.uploadHint')}</p>
        {check.isPending && <p>{t('listings.checking')}</p>}
        {failure && <p className="error">{failure === 'too_large' ? t('listings.tooLarge') : failure === 'unreadable' ? t('listings.unreadable') : t('error.generic')}</p>}
      </div>
      {check.data && file && <Result data={check.data} onDownload={() => download.mutate(file)} downloading={download.isPending} />}
    </section>
  );
}

function Result({ data, onDownload, downloading }: { data: ListingsCheck; onDownload: () => void; downloading: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { summary } = data;
  const worst = [...data.products].sort((a, b) => a.score - b.score || a.row - b.row);
  return (
    <>
      <div className="card" data-testid="listings-summary">
        <div className="actions">
          <h3>{t('listings.summary')}</h3>
          <span className="spacer" />
          <button type="button" className="primary" onClick={onDownload} disabled={downloading} data-action="download-report">
            {t('listings.download')}
          </button>
        </div>
        <p>{t('listings.totals', { n: String(summary.products), avg: String(summary.averageScore) })}</p>
        {summary.byFinding.length > 0 && (
          <p>
            {t('listings.byFinding')}: {summary.byFinding.map((f) => `${f.short[lang]} ${f.products}`).join(lang === 'zh' ? '，' : ', ')}
          </p>
        )}
        {summary.unknownColumns.length > 0 && <p className="muted">{t('listings.unknownColumns')}: {summary.unknownColumns.join(', ')}</p>}
        {summary.absentFields.length > 0 && <p className="muted">{t('listings.absentFields')}: {summary.absentFields.map((f) => f[lang]).join(lang === 'zh' ? '、' : ', ')}</p>}
      </div>
      <div className="card">
        <p className="muted">{t('listings.worstFirst')}</p>
        <table className="users listings-table" data-testid="listings-table">
          <thead>
            <tr>
              <th>{t('listings.col.row')}</th>
              <th>{t('listings.col.score')}</th>
              <th>{t('listings.col.title')}</th>
              <th>{t('listings.col.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {worst.slice(0, SHOWN).map((p, i) => (
              <ProductRow key={p.row} product={p} initiallyOpen={i < OPEN} />
            ))}
          </tbody>
        </table>
        {worst.length > SHOWN && <p className="muted">{t('listings.more', { shown: String(SHOWN), n: String(worst.length) })}</p>}
      </div>
    </>
  );
}

function ProductRow({ product, initiallyOpen }: { product: ProductCheck; initiallyOpen: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <Fragment>
      <tr data-product-row={product.row}>
        <td>{product.row}</td>
        <td className={product.score < 70 ? 'score bad' : 'score'}>{product.score}</td>
        <td>{product.title}</td>
        <td>
          {product.findings.length === 0 ? (
            <span className="muted">{t('listings.none')}</span>
          ) : (
            <>
              {product.findings.map((f) => (
                <span key={f.id} className="badge suspicious">{f.short[lang]}</span>
              ))}
              <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
                {t('listings.details')}
              </button>
            </>
          )}
        </td>
      </tr>
      {open && product.findings.length > 0 && (
        <tr className="listing-details">
          <td />
          <td colSpan={3}>
            <ul className="signals">
              {product.findings.map((f) => (
                <li key={f.id} data-finding={f.id}>
                  <span className="points bad">−{f.points}</span>
                  <div>
                    <strong>{f[lang]}</strong>
                    <div className="evidence">
                      {t('listings.evidence')}: <q>{f.evidenceText[lang]}</q>
                    </div>
                    <div className="muted">{t('listings.fix')}: {f.fix[lang]}</div>
                    {f.suggestion && (
                      <div>
                        {t('listings.suggestion')}: <q data-testid="suggestion">{f.suggestion}</q>
                      </div>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </Fragment>
  );
}
