// The portal's own widget for Decap CMS: an event's id, typed for a new event or picked from the events the portal's
// sources already report (the options config.yml lists), so that one event reported by two sources shares its id.
(function () {
  'use strict';
  var CMS = window.CMS, h = window.h, createClass = window.createClass;
  if (!CMS || !h || !createClass) return;

  var EventIdControl = createClass({
    handleChange: function (e) {
      this.props.onChange(e.target.value.trim());
    },
    render: function () {
      var field = this.props.field;
      var options = field.get('options');
      var list = this.props.forID + '-known';
      var items = [];
      if (options) {
        options.forEach(function (o) {
          items.push(h('option', { key: o.get('value'), value: o.get('value') }, o.get('label')));
        });
      }
      return h('div', null,
        h('input', {
          id: this.props.forID,
          className: this.props.classNameWrapper,
          type: 'text',
          list: list,
          autoComplete: 'off',
          value: this.props.value || '',
          onChange: this.handleChange,
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle
        }),
        h('datalist', { id: list }, items));
    }
  });

  var EventIdPreview = createClass({
    render: function () {
      return h('p', null, this.props.value || '');
    }
  });

  CMS.registerWidget('event-id', EventIdControl, EventIdPreview);
})();
