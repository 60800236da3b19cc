import type { TextDownload } from '../../shared/contract/codebook';
import type { Platform } from '../platform';

/** Offers a small text file as a download (a blob URL: nothing leaves the machine). */
export function download(file: TextDownload): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A chosen file as the contract takes it: uploaded to the host, or read by the UI in Electron (binary files as base64). */
export async function textFileInput(platform: Platform, file: File): Promise<{ file: string } | { content: string } | { base64: string }> {
  if (platform.uploadFiles) {
    const [ref] = await platform.uploadFiles([file]);
    if (ref) return { file: ref.id };
  }
  if (/\.qdpx$/i.test(file.name)) return { base64: base64Of(new Uint8Array(await file.arrayBuffer())) };
  return { content: await file.text() };
}
