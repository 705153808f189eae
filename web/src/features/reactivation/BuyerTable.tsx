import { useTranslation } from 'react-i18next';
import { countryName, flag, shortDate } from '../../components/format';
import { currentLang } from '../../i18n';
import type { BuyerRow } from './types';

interface Props {
  rows: BuyerRow[];
  selected: Set<string>;
  onToggle: (key: string) => void;
  onOpen: (row: BuyerRow) => void;
}

/** The buyers, in the columns of the XLSX (序号 … 询盘时间) plus the address and outreach status. */
export function BuyerTable({ rows, selected, onToggle, onOpen }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <table className="users reactivation" data-testid="reactivation-table">
      <thead>
        <tr>
          <th />
          {(['no', 'name', 'email', 'contact', 'company', 'country', 'grade', 'summary', 'firstAt', 'status'] as const).map((c) => (
            <th key={c}>{t(`reactivation.col.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-grade={r.grade} className={r.delivery === 'dead' ? 'dead' : undefined}>
            <td>
              <input type="checkbox" aria-label={t('reactivation.select', { who: r.email ?? r.name ?? String(r.no) })} disabled={!r.draft || r.outreach !== null} checked={selected.has(r.key)} onChange={() => onToggle(r.key)} />
            </td>
            <td>{r.no}</td>
            <td>
              <button type="button" className="link" onClick={() => onOpen(r)}>{r.name ?? '—'}</button>
            </td>
            <td>{r.email ?? '—'}</td>
            <td>{[r.phone, r.address].filter(Boolean).join(' · ')}</td>
            <td>{r.company}</td>
            <td>{r.country && `${flag(r.country)} ${countryName(r.country, lang)}`}</td>
            <td>{r.grade}</td>
            <td>{lang === 'zh' ? r.summary.zh : r.summary.en}</td>
            <td>{shortDate(r.firstAt, lang)}</td>
            <td>
              {r.delivery && <span className={`badge ${r.delivery === 'dead' ? 'junk' : 'suspicious'}`}>{t(`reactivation.delivery.${r.delivery}`)}</span>}
              {r.suspicious && <span className="badge suspicious">{t('reactivation.suspicious')}</span>}
              {r.outreach && <span className="badge">{t(`outreach.status.${r.outreach}`)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
