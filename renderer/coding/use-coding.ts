import { useCallback, useEffect, useState } from 'react';
import type { CodingHistory } from '../../shared/contract/coding';
import type { Codebook } from '../../shared/model/coding';
import { asErrorInfo } from '../app/errors';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';

/** The codebook, the undo history and the analyst's name, with ways to reload them after a change. */
export function useCoding() {
  const { api } = usePlatform();
  const onError = useReportError();
  const [codebook, setCodebook] = useState<Codebook | undefined>();
  const [history, setHistory] = useState<CodingHistory>({ undo: null, redo: null });
  const [analyst, setAnalystState] = useState<string | undefined>();

  const reload = useCallback(() => {
    Promise.all([api.codebook.get(), api.coding.history(), api.settings.get()])
      .then(([loaded, loadedHistory, settings]) => {
        setCodebook(loaded);
        setHistory(loadedHistory);
        setAnalystState(settings.analystName);
      })
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  useEffect(reload, [reload]);

  const setAnalyst = useCallback(
    (name: string) => {
      api.settings
        .update({ analystName: name.trim() })
        .then((settings) => setAnalystState(settings.analystName))
        .catch((error: unknown) => onError(asErrorInfo(error)));
    },
    [api, onError],
  );

  return { codebook, setCodebook, history, setHistory, analyst, setAnalyst, reload };
}

export type CodingData = ReturnType<typeof useCoding>;
