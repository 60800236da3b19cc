import type { FacetCounts, FacetSelection } from '../../../shared/model/search';
import { FACET_NAMES, UNKNOWN, type FacetName } from '../../../shared/search/facets';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';

interface Props {
  facets: FacetCounts;
  selection: FacetSelection;
  titles: ReadonlyMap<string, string>;
  /** "BO1 Blokkerende overtuiging" per code id. */
  codeLabels: ReadonlyMap<string, string>;
  onChange: (selection: FacetSelection) => void;
}

const SHOWN = 12;

/** Facet counts as checkboxes: values within a facet are alternatives, facets combine. */
export function FacetPanel({ facets, selection, titles, codeLabels, onChange }: Props) {
  const { t } = useI18n();
  const label = (facet: FacetName, value: string): string => {
    if (value === UNKNOWN) return t('search.facet.unknown');
    if (facet === 'document') return titles.get(value) ?? value;
    if (facet === 'code') return codeLabels.get(value) ?? value;
    if (facet === 'source') return t(value === 'ocr' ? 'search.source.ocr' : 'search.source.text');
    return value;
  };
  const toggle = (facet: FacetName, value: string) => {
    const current = selection[facet] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    onChange({ ...selection, [facet]: next });
  };
  const anySelected = FACET_NAMES.some((facet) => (selection[facet] ?? []).length > 0);
  return (
    <aside className="facet-panel" aria-label={t('search.facets')}>
      <h2>{t('search.facets')}</h2>
      {anySelected ? (
        <button type="button" className="link" onClick={() => onChange({})}>
          {t('search.clearFacets')}
        </button>
      ) : null}
      {FACET_NAMES.map((facet) => {
        const counts = facets[facet] ?? [];
        if (counts.length === 0) return null;
        return (
          <fieldset key={facet} className="facet" data-facet={facet}>
            <legend>{t(`search.facet.${facet}` as MessageKey)}</legend>
            {counts.slice(0, SHOWN).map(({ value, count }) => (
              <label key={value} className="facet-value">
                <input type="checkbox" checked={(selection[facet] ?? []).includes(value)} onChange={() => toggle(facet, value)} />
                <span className="facet-label" title={label(facet, value)}>
                  {label(facet, value)}
                </span>
                <span className="facet-count">{count}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </aside>
  );
}
