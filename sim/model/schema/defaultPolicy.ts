/**
 * The FY2024 (Title 8) policy used as the default: appointment holders mostly paroled at
 * ports; Mexican single adults mostly placed in expedited removal (CBP returns most of them
 * across the land border); single adults from the northern Triangle, and some from other
 * countries, placed in expedited removal while ICE has beds to hold them until their removal
 * flight; other single adults detained while ICE detention is below 90% of its funded beds
 * (ICE keeps its beds in use); families and children released with a Notice to Appear.
 * Shares are orders of magnitude chosen so that book-ins from CBP arrests (187,298), the
 * average daily population (37,722) and ICE removals (271,484) come near FY2024's (ICE
 * detention statistics, ICE annual report); they are not published rates.
 */
import type { z } from 'zod';
import type { policySchema } from './policySchema.ts';

export const DEFAULT_POLICY: z.input<typeof policySchema> = {
  rules: [
    { rule: 'parole', when: { routes: ['appointment'] }, share: 0.95, note: 'CBP One appointment holders paroled at ports' },
    { rule: 'expeditedRemoval', when: { nationalities: ['mexico'], demographics: ['singleAdult'], routes: ['betweenPorts'] }, share: 0.8, note: 'Mexican single adults returned quickly' },
    { rule: 'expeditedRemoval', when: { nationalities: ['northernTriangle'], demographics: ['singleAdult'], routes: ['betweenPorts'], detentionOccupancyBelow: 1 }, share: 0.58, note: 'northern Triangle single adults in expedited removal while ICE has beds to hold them' },
    { rule: 'expeditedRemoval', when: { nationalities: ['other'], demographics: ['singleAdult'], routes: ['betweenPorts'], detentionOccupancyBelow: 1 }, share: 0.07, note: 'some other single adults in expedited removal while ICE has beds to hold them' },
    { rule: 'detain', when: { demographics: ['singleAdult'], detentionOccupancyBelow: 0.9 }, share: 0.6, onlyIfBedFree: true, note: 'single adults detained while ICE detention is below 90% of its funded beds' },
  ],
  otherwise: 'parole',
};
