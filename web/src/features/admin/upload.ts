/**
 * POST /api/imports with the file as the body. XMLHttpRequest rather than fetch: only it reports
 * how much of the body has gone out, which the upload bar shows.
 */
import { ApiFailure, csrfToken, failure } from '../../api/client';

export function uploadImport(file: File, onProgress: (fraction: number) => void): Promise<{ id: number }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/imports?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    const csrf = csrfToken();
    if (csrf) request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(request.responseText) as unknown;
      } catch {
        // not JSON: a proxy's error page; the status says enough
      }
      if (request.status === 202) resolve(data as { id: number });
      else reject(failure(request.status, data));
    };
    request.onerror = () => reject(new ApiFailure(0, 'network'));
    request.send(file);
  });
}
