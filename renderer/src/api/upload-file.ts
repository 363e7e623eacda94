import { UPLOAD_CHUNK_BYTES } from '../../../shared/domain/upload.js';
import { callApi } from './client.js';
import { readAsBase64 } from './read-file.js';

/**
 * Sends a large file to main in pieces (one request each, within the transport's limit) and returns
 * the upload's id for the method that takes the whole file. `onProgress` gets the share sent, 0–1.
 */
export async function uploadFile(file: Blob, onProgress: (share: number) => void = () => {}): Promise<string> {
  const { uploadId } = await callApi('uploads.begin', { size: file.size });
  for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
    const base64 = await readAsBase64(file.slice(offset, offset + UPLOAD_CHUNK_BYTES));
    const { received, size } = await callApi('uploads.append', { uploadId, offset, base64 });
    onProgress(received / size);
  }
  return uploadId;
}
