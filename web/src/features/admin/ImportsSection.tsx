import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../../api/client';
import { dateTime } from '../../components/format';
import { currentLang } from '../../i18n';
import { countsOf, type ImportRun } from './types';
import { uploadImport } from './upload';

const ACCEPT = '.eml,.mbox,.csv,.xlsx';

/**
 * "导入 Imports": a file goes up with a bar for the bytes sent, then the run's own bar follows
 * GET /api/imports (polled while anything runs), and the runs so far are listed below.
 */
export function ImportsSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [sent, setSent] = useState<number | null>(null);
  const [runId, setRunId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const runs = useQuery({
    queryKey: ['imports'],
    queryFn: () => api<ImportRun[]>('GET', '/api/imports'),
    refetchInterval: (query) => (query.state.data?.some((r) => r.status === 'running') ? 1000 : false),
  });
  const current = runs.data?.find((r) => r.id === runId) ?? null;
  const finished = current !== null && current.status !== 'running';
  useEffect(() => {
    // New mail is in: the inbox, its counts and the charts are out of date.
    if (finished) void Promise.all(['inbox', 'counts', 'stats'].map((key) => client.invalidateQueries({ queryKey: [key] })));
  }, [finished, client]);

  const start = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setRunId(null);
    setSent(0);
    try {
      const { id } = await uploadImport(file, setSent);
      setRunId(id);
      await client.invalidateQueries({ queryKey: ['imports'] });
    } catch (e) {
      const code = e instanceof ApiFailure ? e.code : '';
      const detail = e instanceof ApiFailure ? e.detail?.[currentLang()] : undefined;
      setError(code === 'too_large' ? `${t('imports.tooLarge')}: ${detail ?? ''}` : code === 'invalid_input' ? t('imports.badType') : t('error.generic'));
    } finally {
      setSent(null);
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void start(event.dataTransfer.files[0]);
  };

  return (
    <section className="card imports" data-testid="imports">
      <h3>{t('imports.title')}</h3>
      <label
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <span>{t('imports.pick')}</span>
        <input type="file" accept={ACCEPT} data-testid="import-file" disabled={sent !== null} onChange={(e) => void start(e.target.files?.[0])} />
      </label>
      {sent !== null && (
        <p className="progress-line">
          {t('imports.uploading')} <progress max={1} value={sent} aria-label={t('imports.uploading')} data-testid="upload-progress" /> {Math.round(sent * 100)}%
        </p>
      )}
      {current && <RunProgress run={current} />}
      {error && <p className="error" role="alert">{error}</p>}
      <RunList runs={runs.data ?? []} />
    </section>
  );
}

function RunProgress({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const done = run.status !== 'running';
  // An mbox's size is only an estimate (a preamble is one message more): never past the end before it ends.
  const value = done ? 1 : run.expected ? Math.min(run.read / run.expected, 0.99) : undefined;
  return (
    <div className="progress-line" data-testid="run-progress" data-status={run.status}>
      <span>{t(`imports.status.${run.status}`)}</span>
      <progress max={1} value={value} aria-label={t('imports.progress')} />
      <span>{t('imports.counts', countsOf(run))}</span>
      {run.error && <span className="error">{run.error[currentLang()]}</span>}
    </div>
  );
}

function RunList({ runs }: { runs: ImportRun[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (runs.length === 0) return <p className="muted">{t('imports.none')}</p>;
  return (
    <table className="users">
      <thead>
        <tr>
          <th>{t('imports.file')}</th>
          <th>{t('imports.state')}</th>
          <th>{t('imports.read')}</th>
          <th>{t('imports.stored')}</th>
          <th>{t('imports.duplicates')}</th>
          <th>{t('imports.failed')}</th>
          <th>{t('imports.started')}</th>
          <th>{t('imports.finished')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id} data-import={r.id}>
            <td>{r.label}</td>
            <td className={r.status === 'failed' ? 'error' : undefined}>
              {t(`imports.status.${r.status}`)}
              {r.error && ` · ${r.error[lang]}`}
            </td>
            <td>{r.read}</td>
            <td>{r.stored}</td>
            <td>{r.duplicates}</td>
            <td>{r.failed}</td>
            <td>{dateTime(r.startedAt, lang)}</td>
            <td>{r.finishedAt ? dateTime(r.finishedAt, lang) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
