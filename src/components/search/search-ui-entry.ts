// The lazily loaded search UI as one self-contained file: SearchControl imports it by URL (no Vite
// preload helper on first view) and finds its functions here once it has run.
import { highlightArrival, openSearchDialog } from './search-ui';

export interface SearchUi {
  openSearchDialog: typeof openSearchDialog;
  highlightArrival: typeof highlightArrival;
}

(globalThis as { explainerSearchUi?: SearchUi }).explainerSearchUi = { openSearchDialog, highlightArrival };
