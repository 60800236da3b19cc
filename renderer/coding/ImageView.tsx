import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../../shared/model/document';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';

/**
 * An imported image as it came, beside the text OCR read from it, so the
 * reading can be checked against the picture. The bytes come from the
 * read-only originals route and are shown through a blob: URL of their own
 * media type; only raster formats are imported, so nothing in them runs.
 */
export function ImageView({ record }: { record: DocumentRecord }) {
  const { t } = useI18n();
  const platform = usePlatform();
  const [url, setUrl] = useState<string>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let current = true;
    let made: string | undefined;
    setUrl(undefined);
    setFailure(undefined);
    platform
      .fetchOriginal(record.sha256)
      .then((bytes) => {
        if (!current) return;
        made = URL.createObjectURL(new Blob([bytes], { type: record.mediaType }));
        setUrl(made);
      })
      .catch((error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [platform, record.sha256, record.mediaType]);

  return (
    <figure className="image-view" data-testid="image-view">
      {url ? <img src={url} alt={t('coding.imageAlt', { title: record.title })} /> : null}
      {failure ? <p className="anchor-note lost">{t('coding.imageFailed', { message: failure })}</p> : null}
      {!url && !failure ? <p className="muted">{t('coding.imageLoading')}</p> : null}
    </figure>
  );
}
