// briefbook: show the evidence behind a link or a citation without leaving the page.
// Hover or focus an evidence link (or a citation inside a claim) to see the exact source
// sentence(s), outlet and date; Escape or moving away hides it. No network requests.
(function () {
  "use strict";
  var popup = null;
  var current = null;

  function ensurePopup() {
    if (popup) return popup;
    popup = document.createElement("div");
    popup.id = "bb-popup";
    popup.setAttribute("role", "tooltip");
    popup.hidden = true;
    document.body.appendChild(popup);
    return popup;
  }

  function dataFor(link) {
    var evidence = link.closest(".bb-evidence");
    if (evidence) return Array.prototype.slice.call(evidence.querySelectorAll(".bb-popup-data"));
    var claim = link.closest("li");
    var match = /#cite-(.+)$/.exec(link.getAttribute("href") || "");
    if (!claim || !match) return [];
    var key = match[1];
    return Array.prototype.filter.call(claim.querySelectorAll(".bb-popup-data"), function (d) {
      return (d.getAttribute("data-source") || "").replace(/_/g, "-").toLowerCase() === key;
    });
  }

  function show(link) {
    var items = dataFor(link);
    if (!items.length) return;
    var box = ensurePopup();
    box.innerHTML = "";
    items.forEach(function (item) {
      var block = document.createElement("div");
      block.className = "bb-popup-item";
      Array.prototype.forEach.call(item.children, function (child) {
        var part = document.createElement("div");
        part.className = child.className;
        part.textContent = child.textContent; // text only: article text never becomes markup
        block.appendChild(part);
      });
      box.appendChild(block);
    });
    box.hidden = false;
    var rect = link.getBoundingClientRect();
    box.style.left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8)) + "px";
    box.style.top = window.scrollY + rect.bottom + 6 + "px";
    link.setAttribute("aria-describedby", "bb-popup");
    current = link;
  }

  function hide() {
    if (popup) popup.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  function target(event) {
    var link = event.target.closest && event.target.closest("a");
    if (!link) return null;
    if (link.closest(".bb-evidence")) return link;
    if (link.closest(".bibtex-citation") && link.closest("li")) return link;
    return null;
  }

  document.addEventListener("mouseover", function (e) { var l = target(e); if (l) show(l); });
  document.addEventListener("mouseout", function (e) { if (target(e)) hide(); });
  document.addEventListener("focusin", function (e) { var l = target(e); if (l) show(l); });
  document.addEventListener("focusout", function (e) { if (target(e)) hide(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
})();
