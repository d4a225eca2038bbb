// Starts allauth's WebAuthn form helpers (mfa/js/webauthn.js) from data attributes, in place of
// allauth's onload.js, which reads its arguments from inline <script> blocks. Example:
// <div hidden data-allauth-call="allauth.webauthn.forms.addForm" data-allauth-args='{"ids": …}'>
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-allauth-call]').forEach(function (element) {
    var name = element.dataset.allauthCall || '';
    if (!name.startsWith('allauth.')) return;
    var func = name.split('.').reduce(function (scope, part) { return scope && scope[part]; }, window);
    if (typeof func === 'function') func(JSON.parse(element.dataset.allauthArgs));
  });
});
