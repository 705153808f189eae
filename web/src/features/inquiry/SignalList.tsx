import { useTranslation } from 'react-i18next';
import type { Signal } from '../../api/types';
import { currentLang } from '../../i18n';

/** Every signal behind the verdict: points, the reason in the reader's language, and what fired it. */
export function SignalList({ signals, score }: { signals: Signal[]; score: number }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const sorted = [...signals].sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return (
    <section className="card" aria-labelledby="signals-title">
      <h3 id="signals-title">
        {t('inquiry.reasons')} <span className="muted">{t('inquiry.score', { score: score.toFixed(1) })}</span>
      </h3>
      {sorted.length === 0 && <p className="muted">{t('inquiry.noSignals')}</p>}
      <ul className="signals" data-testid="signals">
        {sorted.map((s) => (
          <li key={s.id} data-signal={s.id}>
            <span className={`points ${s.points > 0 ? 'bad' : s.points < 0 ? 'good' : ''}`}>{s.points > 0 ? `+${s.points}` : s.points}</span>
            <span>
              {lang === 'zh' ? s.zh : s.en}
              <code className="muted"> {s.id}</code>
              {s.evidence.length > 0 && (
                <span className="evidence">
                  {s.evidence.map((e, i) => (
                    <q key={i}>{e}</q>
                  ))}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
