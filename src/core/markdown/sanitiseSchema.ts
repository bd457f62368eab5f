import { defaultSchema } from 'rehype-sanitize';
import type { Options as Schema } from 'rehype-sanitize';

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];

/**
 * GitHub's sanitising rules plus what the link walk adds: link classes, `data-concept` and
 * `rel` on links, the `link-broken` span, and `language-math` code for KaTeX (rendered after
 * sanitising, from the TeX source only). Ids are not prefixed: remark-rehype already prefixes
 * footnote ids, and heading ids are added after sanitising.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...aria,
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'data-footnote-backref', 'link-internal', 'link-external', 'link-asset'],
      'href',
      'dataConcept',
      ['rel', 'noopener', 'noreferrer'],
    ],
    span: [['className', 'link-broken']],
    code: [['className', /^language-./]],
  },
};
