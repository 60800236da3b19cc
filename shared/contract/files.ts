import { z } from 'zod';
import { FileRef } from '../model/import';
import { NoInput } from './common';
import { call } from './define';

export const filesCalls = {
  /** Native open dialog (Electron only). The headless host receives uploads instead. */
  'files:choose': call(NoInput, z.array(FileRef)),
};
