import { useTranslation } from 'react-i18next';
import type { Verdict } from '../api/types';
import { KINDS } from '../features/inbox/filters';

const isKind = (kind: string | null): kind is (typeof KINDS)[number] => KINDS.some((k) => k === kind);

export function VerdictBadge({ verdict, kind }: { verdict: Verdict | 'genuine' | 'junk'; kind: string | null }) {
  const { t } = useTranslation();
  const text = verdict !== 'genuine' && isKind(kind) ? `${t(`verdict.${verdict}`)} · ${t(`kind.${kind}`)}` : t(`verdict.${verdict}`);
  return <span className={`badge ${verdict}`}>{text}</span>;
}
