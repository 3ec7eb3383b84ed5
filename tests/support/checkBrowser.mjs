// Fails early, with instructions, when no browser exists for the end-to-end tests.
import { bundledChromium, HOW_TO_GET_A_BROWSER, systemChromium } from './browserPath.mjs';

if (!systemChromium() && !(await bundledChromium())) {
  process.stderr.write(`${HOW_TO_GET_A_BROWSER}\n`);
  process.exit(1);
}
