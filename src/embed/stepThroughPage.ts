// The step-through page's script. It loads async, so that it does not hold back the end of parsing, when Chromium
// applies the URL fragment's :target (#plain, #dark): the page's first paint nearly always has them (README,
// Embedding: now and then Chromium paints once before). Each element it defines starts once the document has been
// parsed (whenParsed).
import '../graphics/sceneGraphic';
import './embedControls';
import './graphicEmbed';
