import { useTranslation } from 'react-i18next';
import { dismiss, useToasts } from './toasts';

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              className="link"
              onClick={() => {
                dismiss(toast.id);
                toast.undo?.();
              }}
            >
              {t('action.undo')}
            </button>
          )}
          <button type="button" className="link" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
