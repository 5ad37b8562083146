/**
 * zod, configured once for the whole app: `jitless` stops zod from probing
 * `new Function("")` to compile faster parsers. The app's Content-Security-
 * Policy forbids eval (script-src has no 'unsafe-eval'), so the probe would be
 * a CSP violation in every page and worker. Import `z` from here, not "zod".
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
