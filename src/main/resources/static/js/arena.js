// Progressive enhancement only: every page works without this file.

// A long list of organisations (290 kommuner and 21 regioner) gets a search field that narrows
// the list as the person types; the select itself stays the form control, so keyboard use,
// screen readers and submitting are unchanged.
document.querySelectorAll('select[data-searchable]').forEach(function (select) {
    var field = document.createElement('div');
    field.className = 'field field--search';
    var searchId = select.id + '-sok';
    var statusId = select.id + '-traffar';
    var label = document.createElement('label');
    label.htmlFor = searchId;
    label.textContent = select.getAttribute('data-searchable');
    var input = document.createElement('input');
    input.type = 'search';
    input.id = searchId;
    input.autocomplete = 'off';
    input.setAttribute('aria-controls', select.id);
    input.setAttribute('aria-describedby', statusId);
    var status = document.createElement('p');
    status.id = statusId;
    status.className = 'field-hint';
    status.setAttribute('aria-live', 'polite');
    field.append(label, input, status);
    select.closest('.field').before(field);

    var options = Array.prototype.slice.call(select.options).filter(function (option) { return option.value !== ''; });
    var normalise = function (text) { return text.toLocaleLowerCase('sv-SE').trim(); };
    input.addEventListener('input', function () {
        var needle = normalise(input.value);
        var matches = options.filter(function (option) {
            var match = needle === '' || normalise(option.textContent).indexOf(needle) !== -1;
            option.hidden = !match;
            option.disabled = !match && !option.selected;
            return match;
        });
        if (needle === '') {
            status.textContent = '';
        } else if (matches.length === 1) {
            matches[0].selected = true;
            status.textContent = matches[0].textContent + ' är vald.';
        } else {
            status.textContent = matches.length === 0 ? 'Ingen organisation matchar.' : matches.length + ' organisationer matchar. Välj i listan nedan.';
        }
    });
});

// A shaded map says under itself which kommun the pointer or the keyboard is on; without this
// file each kommun's <title> still shows on hover and the table below the map has every fact.
document.querySelectorAll('.shaded-map').forEach(function (map) {
    var caption = map.querySelector('[data-map-caption]');
    var show = function (event) {
        var title = event.target.closest && event.target.closest('.shaded-map-area');
        if (title && caption) {
            caption.textContent = title.getAttribute('aria-label');
        }
    };
    map.addEventListener('focusin', show);
    map.addEventListener('mouseover', show);
});
