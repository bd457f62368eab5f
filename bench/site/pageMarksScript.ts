/**
 * An init script (a string: tsx would wrap a named function in a helper the page lacks) that marks,
 * in `window.__siteBench`, the `performance.now()` at which the page's title (`main h1` with text)
 * is in the document, and on a plan page at which the first plan step is, with the element count at that moment.
 * A MutationObserver sees each as soon as it is inserted, whether by the HTML parser or by script.
 */
export const pageMarksScript = `(() => {
  const marks = (window.__siteBench = {});
  const wantsPlan = location.pathname.includes('/plan/');
  const observer = new MutationObserver(() => {
    if (marks.title === undefined) {
      const h1 = document.querySelector('main h1');
      if (h1 && h1.textContent && h1.textContent.trim()) marks.title = performance.now();
    }
    if (wantsPlan && marks.planStep === undefined && document.querySelector('li.plan-step')) {
      marks.planStep = performance.now();
      marks.planNodes = document.getElementsByTagName('*').length;
    }
    if (marks.title !== undefined && (!wantsPlan || marks.planStep !== undefined)) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/** What `pageMarksScript` records, in milliseconds since the page's time origin. */
export interface PageMarks {
  readonly title?: number;
  readonly planStep?: number;
  readonly planNodes?: number;
}
