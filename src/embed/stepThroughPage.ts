// The step-through page's script. It loads async, so that it does not hold back the end of parsing, when Chromium
// applies the URL fragment's :target (#plain, #dark) and so the page's first paint has them; each element it defines
// starts once the document has been parsed (whenParsed).
import '../graphics/sceneGraphic';
import './embedControls';
import './graphicEmbed';
