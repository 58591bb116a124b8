// safha serve: reload when a rebuild finishes; show a failed build over the page.
(function () {
  var box = null;
  function show(text) {
    if (!box) {
      box = document.createElement('div');
      box.id = 'safha-error';
      box.setAttribute('role', 'alert');
      box.setAttribute('dir', 'ltr');
      box.setAttribute('lang', 'en');
      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;background:rgba(20,20,20,.94);color:#ffd7d7;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = text;
  }
  var source = new EventSource('/__safha/events');
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('failed', function (e) { show(JSON.parse(e.data)); });
  source.addEventListener('ok', function () { if (box) { box.remove(); box = null; } });
})();
