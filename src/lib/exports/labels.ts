/** The words of the LMS exports, from en.json (so a translated site exports translated files). */
import { t, tDynamic } from '../../i18n';
import type { ExportLabels } from './common';

/** Export labels in the site's language. */
export function exportLabels(): ExportLabels {
  return {
    true: t('quiz.true'),
    false: t('quiz.false'),
    paragraphOption: (n, text) => t('export.paragraphOption', { n, text }),
    claim: (claim, relation) =>
      t(relation === 'supports' ? 'export.claim.supports' : 'export.claim.contradicts', { claim }),
    whyStem: (prompt) => t('export.whyStem', { prompt }),
    categoriseNote: t('export.categoriseNote'),
    matchItemStem: (stem, item) => t('export.matchItemStem', { stem, item }),
    orderNote: t('export.orderNote'),
    cartridgeNoteTitle: t('export.cartridge.noteTitle'),
    cartridgeNote: t('export.cartridge.note'),
    cartridgeNoteItem: (set, id, type) =>
      t('export.cartridge.noteItem', { set, id, type: tDynamic(`export.type.${type}`, type) }),
    header: (set, lesson) => t('export.header', { set, lesson }),
    trueFalseComment: t('export.comment.truefalse'),
    categoriseComment: t('export.comment.categorise'),
    orderComment: t('export.comment.order'),
    orderingComment: t('export.comment.ordering'),
    multipleComment: t('export.comment.multiple'),
    essayComment: t('export.comment.essay'),
    wordLimit: (n) => t('export.wordLimit', { n }),
    graderInfo: (model, rubric) =>
      t('export.graderInfo', {
        model,
        rubric: rubric.map((level) => t('export.rubricLevel', level)).join('\n'),
      }),
  };
}
