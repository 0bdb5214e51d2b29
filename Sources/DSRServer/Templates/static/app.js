// The browser interface's only script: a "show" button beside a masked field (the identity code). Everything
// works without it; the button stays hidden when scripts do not run.
document.querySelectorAll("button.reveal").forEach(function (button) {
  var field = document.getElementById(button.getAttribute("data-target"));
  if (!field) { return; }
  button.hidden = false;
  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", function () {
    var shown = field.type === "text";
    field.type = shown ? "password" : "text";
    button.setAttribute("aria-pressed", shown ? "false" : "true");
  });
});
