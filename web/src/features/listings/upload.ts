import { ApiFailure, csrfToken } from '../../api/client';
import type { ListingsCheck } from './types';

/** The file goes as the request body, as it is: the server reads CSV or XLSX by its bytes. */
async function post(file: File, format: 'json' | 'xlsx'): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const response = await fetch(`/api/listings/check?format=${format}`, { method: 'POST', headers, body: file, credentials: 'same-origin' });
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new ApiFailure(response.status, data?.error?.code ?? 'network');
  }
  return response;
}

export const checkCatalogue = async (file: File): Promise<ListingsCheck> => (await (await post(file, 'json')).json()) as ListingsCheck;

/** Saves the XLSX report through a temporary link: the browser's own download, no new window. */
export async function downloadReport(file: File): Promise<void> {
  const blob = await (await post(file, 'xlsx')).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${file.name.replace(/\.(csv|xlsx)$/i, '')}-report.xlsx`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
