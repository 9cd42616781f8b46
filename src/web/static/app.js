// Mercato dashboard: small progressive enhancements. Every page works without this file.
(function () {
  'use strict'
  // Filter forms: leave empty fields out of the URL (?player=&club= becomes ?).
  document.querySelectorAll('form[data-clean-query]').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('input, select').forEach(function (el) {
        if (el.name && el.value === '') el.disabled = true
      })
    })
  })
  // Evidence links (#ev-…): move keyboard and screen-reader focus to the highlighted sentence.
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1))
    if (!/^(ev|claim)-[\d-]+$/.test(id)) return
    var el = document.getElementById(id)
    if (!el) return
    el.setAttribute('tabindex', '-1')
    el.classList.add('is-current')
    el.focus({ preventScroll: true })
    el.scrollIntoView({ block: 'center' })
  }
  window.addEventListener('hashchange', focusTarget)
  focusTarget()
})()
