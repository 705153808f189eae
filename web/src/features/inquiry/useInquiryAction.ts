import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Action, ActionResult } from '../../api/types';
import { showToast } from '../../components/toasts';

/** What an action may have changed: the lists, the counts, the open inquiry, the charts. */
function refresh(client: QueryClient, id: number): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['inbox'] }),
    client.invalidateQueries({ queryKey: ['counts'] }),
    client.invalidateQueries({ queryKey: ['inquiry', id] }),
    client.invalidateQueries({ queryKey: ['stats'] }),
  ]);
}

/** Runs an action on an inquiry, then offers to undo it in a toast. */
export function useInquiryAction() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const undo = useMutation({
    mutationFn: ({ actionId }: { actionId: number; id: number }) => api<ActionResult>('POST', `/api/actions/${actionId}/undo`),
    onSuccess: (_result, { id }) => {
      showToast(t('toast.undone'));
      return refresh(client, id);
    },
    onError: () => showToast(t('toast.undoFailed')),
  });
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: Action }) => api<ActionResult>('POST', `/api/inquiries/${id}/actions`, action),
    onSuccess: (result, { id, action }) => {
      showToast(describe(action, t), () => undo.mutate({ actionId: result.actionId, id }));
      return refresh(client, id);
    },
    onError: () => showToast(t('error.generic')),
  });
}

type T = ReturnType<typeof useTranslation>['t'];

function describe(action: Action, t: T): string {
  switch (action.action) {
    case 'label':
      return action.label === 'junk' ? t('toast.junk') : t('toast.notJunk');
    case 'archive':
      return action.archived ? t('toast.archived') : t('toast.unarchived');
    case 'assign':
      return action.assigneeId === null ? t('toast.unassigned') : t('toast.assigned');
    case 'grade':
      return t('toast.graded', { grade: action.grade });
  }
}
