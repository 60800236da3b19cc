import { useCallback, useEffect, useState } from 'react';
import type { ChronologySnapshot } from '../../shared/contract/chronology';
import { asErrorInfo } from '../app/errors';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';

/** The chronology of the open case (events in date order, actors, cited documents), with a way to reload it after a change. */
export function useChronology() {
  const { api } = usePlatform();
  const onError = useReportError();
  const [snapshot, setSnapshot] = useState<ChronologySnapshot | undefined>();

  const reload = useCallback(() => {
    api.chronology
      .get()
      .then(setSnapshot)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  useEffect(reload, [reload]);

  /** Runs a change, then reloads; errors are reported, never swallowed. */
  const run = useCallback(
    async (work: Promise<unknown>): Promise<boolean> => {
      try {
        await work;
        reload();
        return true;
      } catch (error) {
        onError(asErrorInfo(error));
        return false;
      }
    },
    [onError, reload],
  );

  return { snapshot, reload, run };
}
