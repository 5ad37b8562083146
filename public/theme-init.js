// Applies the saved theme before first paint so a light-theme user never sees a dark flash.
try {
  var t = localStorage.getItem("trailscope-theme");
  if (t === "light" || t === "dark") document.documentElement.dataset.theme = t;
} catch (e) {}
