import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../../api/client';
import { showToast } from '../../components/toasts';
import { currentLang } from '../../i18n';

interface Templates {
  templates: Record<string, unknown>;
  updatedAt: string | null;
}

/**
 * The team's reply templates as JSON (per language, the parts that replace the built-in ones).
 * The server checks them as a draft would use them and names the place to fix, in both languages.
 */
export function TemplatesEditor() {
  const { t } = useTranslation();
  const saved = useQuery({ queryKey: ['templates'], queryFn: () => api<Templates>('GET', '/api/templates') });
  if (saved.isPending) return <p className="loading">{t('common.loading')}</p>;
  return <Editor key={saved.data?.updatedAt ?? 'none'} initial={JSON.stringify(saved.data?.templates ?? {}, null, 2)} />;
}

function Editor({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (templates: unknown) => api<Templates>('PUT', '/api/templates', { templates }),
    onSuccess: (data) => {
      showToast(t('admin.saved'));
      client.setQueryData(['templates'], data);
    },
    onError: (e) => setProblem(e instanceof ApiFailure && e.detail ? `${t('settings.templates.invalid')}: ${e.detail[currentLang()]}` : t('error.generic')),
  });
  const submit = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      // The parser's own words say where; the sentence around them is in the page's language.
      return setProblem(`${t('settings.templates.badJson')}: ${e instanceof Error ? e.message : ''}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return setProblem(t('settings.templates.notObject'));
    setProblem(null);
    save.mutate(parsed);
  };
  return (
    <section className="card settings-form templates" data-testid="templates">
      <h3>{t('settings.templates')}</h3>
      <p className="muted">{t('settings.templatesHint')}</p>
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={16} spellCheck={false} aria-label={t('settings.templates')} />
      <div className="actions">
        <button type="button" className="primary" onClick={submit} disabled={save.isPending}>
          {t('admin.save')}
        </button>
      </div>
      {problem && <p className="error" role="alert" data-testid="templates-error">{problem}</p>}
    </section>
  );
}
