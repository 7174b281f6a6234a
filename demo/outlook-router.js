/* global CSS, addEventListener, document, history, location */
// Outlook-like router for the demo mailbox (added to the page by demo/pages.ts): a click in the message list opens
// that conversation in the reading pane and changes the URL without a reload (history.pushState), as Outlook on the
// web does; Back and Forward show the conversation of the URL. Every conversation is a `<template>` in the page.
(() => {
  const pane = document.querySelector('[data-app-section="ConversationContainer"]');
  const listbox = document.querySelector('#MailList [role=listbox]');

  function show(token) {
    const conversation = document.querySelector(`template[data-conversation="${CSS.escape(token)}"]`);
    if (!conversation) return;
    for (const option of listbox.querySelectorAll('[role=option]')) {
      const selected = option.dataset.convid === token;
      option.setAttribute('aria-selected', String(selected));
      if (selected) listbox.setAttribute('aria-activedescendant', option.id);
    }
    // The page's Reply handler opens the compose template with this id: make it the open conversation's.
    for (const compose of document.querySelectorAll('template[data-compose-for]')) {
      compose.id = compose.dataset.composeFor === token ? 'outlook-reply-compose' : '';
    }
    pane.replaceChildren(conversation.content.cloneNode(true));
  }

  listbox.addEventListener('click', (event) => {
    const option = event.target.closest('[role=option][data-convid]');
    if (!option || option.getAttribute('aria-selected') === 'true') return;
    history.pushState(null, '', `/mail/inbox/id/${encodeURIComponent(option.dataset.convid)}`);
    show(option.dataset.convid);
  });
  addEventListener('popstate', () => show(decodeURIComponent(location.pathname.split('/id/')[1] ?? '')));
})();
