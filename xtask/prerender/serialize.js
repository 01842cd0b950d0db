// The app's elements as HTML that draws them as they are now: what `cargo xtask dist` writes into
// index.html's #prerendered, and what the end-to-end test compares the live page with.
// Evaluated in the page as one expression (through the DevTools protocol, so the page's policy does
// not apply). Leptos sets a field's value as a property, which markup does not carry: each field's
// value, tick and choice is written into the copy's attributes. The frame index.html painted before
// the app (#static-frame) is not the app's and is left out.
(() => {
  const fields = 'input, textarea, option';
  let html = '';
  for (const element of document.body.children) {
    if (element.id === 'static-frame' || element.localName === 'script') continue;
    const copy = element.cloneNode(true);
    const live = element.querySelectorAll(fields);
    const copies = copy.querySelectorAll(fields);
    live.forEach((field, i) => {
      const out = copies[i];
      if (field.localName === 'option') {
        out.toggleAttribute('selected', field.selected);
      } else if (field.localName === 'textarea') {
        out.textContent = field.value;
      } else if (field.type === 'checkbox' || field.type === 'radio') {
        out.toggleAttribute('checked', field.checked);
      } else if (field.type !== 'file') {
        out.setAttribute('value', field.value);
      }
    });
    // A closed select draws only its chosen option, and the written screen is inert: no one can open
    // it there. The other options are left out, so the first layout does not measure their names (the
    // language menu's Japanese and Chinese names cost a fallback font each: a fifth of that layout).
    for (const option of copy.querySelectorAll('select:not([multiple]) option:not([selected])')) option.remove();
    html += copy.outerHTML;
  }
  return html;
})()
