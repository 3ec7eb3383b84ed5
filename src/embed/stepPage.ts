import { startEmbedPage } from './startEmbedPage';

// A step page shows one state, drawn into its HTML: its script only applies the URL's options and reports the height.
startEmbedPage([]);
