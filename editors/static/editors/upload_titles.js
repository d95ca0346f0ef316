// Wagtail fills a new image's or document's title from its file name ("know-your-rights-card"); this makes it
// read like a title ("Know your rights card"), which is what the public link then says. Editors can still edit
// it, and the title stays required. Uses the upload events Wagtail documents for this purpose.
(function () {
  'use strict';

  function readableTitle(filename) {
    var stem = String(filename).split(/[\\/]/).pop().replace(/\.[^.]+$/, '');
    stem = stem.replace(/[-_.+]+/g, ' ').replace(/\s+/g, ' ').trim();
    return stem.charAt(0).toUpperCase() + stem.slice(1);
  }

  ['wagtail:images-upload', 'wagtail:documents-upload'].forEach(function (eventName) {
    document.addEventListener(eventName, function (event) {
      var detail = event.detail || {};
      if (!detail.filename || !detail.data) {
        return;
      }
      var title = readableTitle(detail.filename);
      detail.data.title = detail.maxTitleLength ? title.slice(0, detail.maxTitleLength) : title;
    });
  });

  window.amparoReadableTitle = readableTitle;
})();
