import { useTranslation } from 'react-i18next';
import type { Extracted } from '../../api/types';

type Item = 'quantity' | 'specifications' | 'packaging' | 'deliveryTime' | 'port' | 'incoterm' | 'targetPrice' | 'certificates' | 'qualityStandard' | 'origin' | 'sample';

function values(x: Extracted): Record<Item, string | null> {
  const list = (v: string[] | undefined) => (v && v.length > 0 ? v.join(', ') : null);
  return {
    quantity: x.quantity?.text ?? null,
    specifications: list(x.specifications),
    packaging: x.packaging ?? null,
    deliveryTime: x.deliveryTime ?? null,
    port: x.port ?? null,
    incoterm: x.incoterm ?? null,
    targetPrice: x.targetPrice?.text ?? null,
    certificates: list(x.certificates),
    qualityStandard: x.qualityStandard ?? null,
    origin: x.origin ?? null,
    sample: x.sampleRequest ? '✓' : null,
  };
}

/** What a quotation needs, ticked where the buyer said it: the gaps are the questions to ask back. */
export function Requirements({ extracted }: { extracted: Extracted | null }) {
  const { t } = useTranslation();
  if (!extracted) return null;
  const found = values(extracted);
  return (
    <section className="card" aria-labelledby="req-title">
      <h3 id="req-title">{t('inquiry.requirements')}</h3>
      {extracted.products && extracted.products.length > 0 && (
        <p>
          {t('req.products')}: <strong>{extracted.products.join(', ')}</strong>
        </p>
      )}
      <ul className="checklist">
        {(Object.keys(found) as Item[]).map((item) => (
          <li key={item} className={found[item] ? 'yes' : 'no'} data-req={item}>
            <span aria-hidden="true">{found[item] ? '✓' : '✗'}</span> {t(`req.${item}`)}
            {found[item] && found[item] !== '✓' && <span className="muted"> — {found[item]}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
