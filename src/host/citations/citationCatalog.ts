import { citationKeyTable, type CitationKeyTable } from '../../core/bibliography/citationKeyTable';
import type { SearchIndex } from '../../core/search/buildSearchIndex';
import type { CitationSettings } from '../../core/settings';
import type { PaperLibrary } from '../paperLibrary';

/**
 * Keys depend on the whole dataset (clashes get suffixes), so they are computed once per index and key
 * format, not per keystroke or per command. A new index or format replaces the table.
 */
export class CitationCatalog {
  private cached: { readonly index: SearchIndex; readonly template: string; readonly table: CitationKeyTable } | undefined;

  constructor(private readonly library: PaperLibrary) {}

  async table(settings: Pick<CitationSettings, 'keyFormat' | 'keyTemplate'>): Promise<CitationKeyTable> {
    const index = await this.library.index();
    if (this.cached?.index !== index || this.cached.template !== settings.keyTemplate) {
      this.cached = { index, template: settings.keyTemplate, table: citationKeyTable(index, settings.keyFormat) };
    }
    return this.cached.table;
  }
}
