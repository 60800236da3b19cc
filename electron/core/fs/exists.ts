import fs from 'node:fs/promises';

/** Whether a file or folder exists (and can be seen). */
export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
