/** The JSON Schema of scenario files (draft-07, input form: defaulted fields optional), for editors. */
import { z } from 'zod';
import { scenarioSchema } from './schema/scenarioSchema.ts';

export function scenarioJsonSchema(): object {
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-07' });
}
