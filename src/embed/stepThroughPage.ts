// The step-through page's script. It loads async, so that it does not hold back the end of parsing, when Chromium
// applies the URL fragment's :target (#plain, #dark); the fragment script in the head has applied them before the
// first paint (README, Embedding). Each element it defines starts once the document has been parsed (whenParsed).
import '../graphics/sceneGraphic';
import './embedControls';
import './graphicEmbed';
