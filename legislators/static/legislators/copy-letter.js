// Progressive enhancement: shows a "Copy letter" button beside each letter. Without it the text stays selectable.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentNode.querySelector(".letter__copied");
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.innerText).then(function () {
        if (status) {
          status.textContent = button.getAttribute("data-copied-label");
        }
      });
    });
  });
})();
