/** The real model for page tests in Node: the page's facts, and validation in process (the page asks the model worker). */
import { validateInput } from '../../ui/run/validateInput.ts';
import { modelInfo, type ModelInfo, type Validate } from '../../ui/state/modelInfo.ts';

/** The page's view of the model, with `validate` answering at once. */
export const model: ModelInfo & { validate: typeof validateInput } = { ...modelInfo(), validate: validateInput };

/** Validation as the page calls it (a promise). */
export const validate: Validate = async (input) => validateInput(input);
