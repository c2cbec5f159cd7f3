/**
 * The FY2024 (Title 8) policy used as the default: appointment holders mostly paroled at
 * ports; Mexican single adults mostly removed quickly; other single adults detained while
 * beds are free, some placed in expedited removal; families and children released with a
 * Notice to Appear. Shares are orders of magnitude chosen so that book-ins from CBP arrests
 * come near the 187,298 of FY2024 (ICE detention statistics); they are not published rates.
 */
import type { z } from 'zod';
import type { policySchema } from './policySchema.ts';

export const DEFAULT_POLICY: z.input<typeof policySchema> = {
  rules: [
    { rule: 'parole', when: { routes: ['appointment'] }, share: 0.95, note: 'CBP One appointment holders paroled at ports' },
    { rule: 'expeditedRemoval', when: { nationalities: ['mexico'], demographics: ['singleAdult'], routes: ['betweenPorts'] }, share: 0.8, note: 'Mexican single adults returned quickly' },
    { rule: 'detain', when: { demographics: ['singleAdult'] }, share: 0.24, onlyIfBedFree: true, note: 'single adults detained while beds are free' },
    { rule: 'expeditedRemoval', when: { demographics: ['singleAdult'], routes: ['betweenPorts'] }, share: 0.25, note: 'some single adults in expedited removal' },
  ],
  otherwise: 'parole',
};
