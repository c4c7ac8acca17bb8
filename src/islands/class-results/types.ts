import type { Labels } from '../../data/teach';
import type { labeller } from '../labels';

/** The results page's UI strings, looked up by key. */
export type Label = ReturnType<typeof labeller<keyof Labels<'results.' | 'assign.error.'>>>;
