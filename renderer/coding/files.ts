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

/** A chosen file as the contract takes it: uploaded to the host, or read as text in Electron. */
export async function textFileInput(platform: Platform, file: File): Promise<{ file: string } | { content: string }> {
  if (platform.uploadFiles) {
    const [ref] = await platform.uploadFiles([file]);
    if (ref) return { file: ref.id };
  }
  return { content: await file.text() };
}
