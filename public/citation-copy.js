// The copy buttons of the citations (src/components/ArticleCitation.astro), added as the page loads: each copies
// its citation as plain text, says so in the button and to screen readers (a status line), and comes back as "Copy".
(function (document) {
  if (!navigator.clipboard) return;
  var status;

  function say(button, label, news) {
    button.firstChild.textContent = label;
    status.textContent = news;
    setTimeout(function () {
      button.firstChild.textContent = 'Copy';
    }, 2000);
  }

  function addButtons() {
    status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    document.body.appendChild(status);
    document.querySelectorAll('.citation-styles dd').forEach(function (citation) {
      var text = citation.textContent;
      var name = ' the ' + citation.previousElementSibling.textContent.trim();
      var button = document.createElement('button');
      var hidden = document.createElement('span');
      button.type = 'button';
      button.className = 'citation__copy';
      hidden.className = 'visually-hidden';
      hidden.textContent = name;
      button.append('Copy', hidden);
      button.onclick = function () {
        navigator.clipboard.writeText(text).then(
          function () {
            say(button, 'Copied', 'Copied' + name);
          },
          function () {
            say(button, 'Copy failed: select the text instead', 'Copy failed');
          },
        );
      };
      citation.prepend(button);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', addButtons);
  else addButtons();
})(document);
