/**
 * Turns off zod's `new Function` fast path before any schema is built (zod reads the setting
 * when a schema is constructed, so this module must be imported before the model). The
 * page's Content-Security-Policy has no 'unsafe-eval'; without this, zod's feature test
 * would be reported as a policy violation.
 */
import { z } from 'zod';

z.config({ jitless: true });
