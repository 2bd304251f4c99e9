// wagtail-localize's React translation editor writes two texts in English, without gettext:
// the heading "<source> to <target> translation" and the "More actions" label of its menu.
// Put the translated ones (coalition/locale_overrides djangojs catalogs) in their place.
(function () {
  "use strict";

  function start() {
    const editor = document.querySelector(".js-translation-editor[data-props]");
    if (!editor || typeof window.gettext !== "function") {
      return;
    }
    const props = JSON.parse(editor.dataset.props);
    const replacements = new Map([
      [
        `${props.sourceLocale.displayName} to ${props.locale.displayName} translation`,
        window.interpolate(
          window.gettext("%(source)s to %(target)s translation"),
          { source: props.sourceLocale.displayName, target: props.locale.displayName },
          true,
        ),
      ],
      ["More actions", window.gettext("More actions")],
    ]);
    const translate = () => {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const replacement = replacements.get(node.nodeValue);
        if (replacement !== undefined) {
          node.nodeValue = replacement;
        }
      }
    };
    translate();
    // React renders (and re-renders) the editor after this script runs.
    new MutationObserver(translate).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
