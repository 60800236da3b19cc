import type { Language } from '../../../shared/model/settings';
import { CodingArea } from '../coding/coding-area';
import { codingCodeSource } from '../search/coded-stretches';
import { SearchArea } from '../search/search-area';
import type { SettingsPort } from '../settings';
import type { CaseService } from './case-service';

/**
 * The back-end areas of one CaseService that other areas use, made once and
 * shared: the handlers and the CLI take them from here rather than making
 * their own. Search reads coding's passages for its `code` facet and follows
 * their changes.
 */
export class CoreAreas {
  readonly coding: CodingArea;
  readonly search: SearchArea;

  constructor(service: CaseService, settings: SettingsPort, language: () => Language = () => settings.get().language) {
    this.coding = new CodingArea(service, settings);
    this.search = new SearchArea(service, language);
    this.search.setCodeSource(codingCodeSource(this.coding));
  }
}
