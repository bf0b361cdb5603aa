// Self-check: after htmx swaps in the next step, move focus to its heading, or to the error
// summary when there is a problem, so that screen reader users hear what changed.
// A static file because the Content-Security-Policy forbids inline scripts.
document.addEventListener("htmx:afterSettle", (event) => {
  const region = event.target;
  if (!(region instanceof HTMLElement) || region.id !== "selfcheck") {
    return;
  }
  const target = region.querySelector(".error-summary") || region.querySelector("h1");
  if (target) {
    target.focus({ preventScroll: true });
  }
});
