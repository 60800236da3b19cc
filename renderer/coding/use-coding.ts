import { useCallback, useEffect, useState } from 'react';
import type { CodingHistory } from '../../shared/contract/coding';
import type { Codebook } from '../../shared/model/coding';
import { asErrorInfo } from '../app/errors';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { useSettings } from '../settings/settings-context';

/** The codebook, the undo history and the analyst's name (one with the settings dialog's), with ways to reload them after a change. */
export function useCoding() {
  const { api } = usePlatform();
  const onError = useReportError();
  const [codebook, setCodebook] = useState<Codebook | undefined>();
  const [history, setHistory] = useState<CodingHistory>({ undo: null, redo: null });
  const { settings, update } = useSettings();
  const analyst = settings.analystName;

  const reload = useCallback(() => {
    Promise.all([api.codebook.get(), api.coding.history()])
      .then(([loaded, loadedHistory]) => {
        setCodebook(loaded);
        setHistory(loadedHistory);
      })
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  useEffect(reload, [reload]);

  const setAnalyst = useCallback(
    (name: string) => {
      update({ analystName: name.trim() }).catch((error: unknown) => onError(asErrorInfo(error)));
    },
    [update, onError],
  );

  return { codebook, setCodebook, history, setHistory, analyst, setAnalyst, reload };
}

export type CodingData = ReturnType<typeof useCoding>;
