# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
name: redact_pii
type: stdout
short_description: Default output with personal data and secrets redacted
version_added: 0.1.0
author:
  - mlsec.mia_defense developers (@mlsec)
description:
  - The default stdout callback, with every task result run through the collection's PII engine
    before it is displayed. E-mail addresses, national IDs, payment cards, tokens, passwords
    and other findings in registered output, C(debug) messages, loop items, diffs, warnings and
    error messages appear as placeholders such as C([EMAIL]). They never reach the terminal or
    the log file.
  - Results are redacted as data, so JSON and YAML output stays well-formed. With
    O(redact_all_output=true) (the default), every line the controller displays, including
    task and play banners, warnings, errors and verbose messages, is also redacted as text just
    before it is printed and logged.
  - The callback fails closed. If redacting a line raises an error, the line is replaced with a
    notice instead of being shown unredacted.
  - It only changes what Ansible B(displays). Registered variables, facts, files written by
    tasks and other callbacks (for example those that send results elsewhere) still see the
    unredacted data. Use P(mlsec.mia_defense.redact_pii#filter) and C(no_log) for those.
  - To enable it, set E(ANSIBLE_STDOUT_CALLBACK=mlsec.mia_defense.redact_pii), or set
    C(stdout_callback = mlsec.mia_defense.redact_pii) in the C([defaults]) section of
    C(ansible.cfg). For ad-hoc C(ansible) commands, also set
    E(ANSIBLE_LOAD_CALLBACK_PLUGINS=1).
extends_documentation_fragment:
  - default_callback
  - result_format_callback
requirements:
  - set as stdout in configuration
options:
  config_file:
    description:
      - Path to a YAML or JSON file with the PII engine configuration. This is the same
        dictionary as the O(mlsec.mia_defense.redact_pii#filter:config) option of the
        P(mlsec.mia_defense.redact_pii#filter) filter.
      - If it is not set, the engine defaults are used. If the file is missing or the
        configuration is invalid, the playbook aborts before any output is shown.
    type: path
    env:
      - name: ANSIBLE_REDACT_PII_CONFIG
    ini:
      - section: callback_redact_pii
        key: config_file
  redact_all_output:
    description:
      - Also redact, as text, every line displayed through Ansible's display, not only task
        results. This covers banners (task names are templated), warnings, errors, tracebacks and
        verbose messages.
      - If V(false), only task results, item labels and diffs are redacted; banners, warnings,
        deprecations and exception tracebacks are shown as they are.
    type: bool
    default: true
    env:
      - name: ANSIBLE_REDACT_PII_ALL_OUTPUT
    ini:
      - section: callback_redact_pii
        key: redact_all_output
"""

EXAMPLES = r"""
# Enable for one run:
#   ANSIBLE_STDOUT_CALLBACK=mlsec.mia_defense.redact_pii ansible-playbook site.yml
#
# Or in ansible.cfg:
#   [defaults]
#   stdout_callback = mlsec.mia_defense.redact_pii
#
#   [callback_redact_pii]
#   config_file = /etc/ansible/mia_pii.yml
#
# A task like this one:
- name: Show a user record
  ansible.builtin.debug:
    msg: "Contact {{ user.email }}, SSN {{ user.ssn }}"
# then prints:
#   ok: [localhost] => {
#       "msg": "Contact [EMAIL], SSN [US_SSN]"
#   }
"""

import json
import threading
from collections.abc import Mapping

from ansible.errors import AnsibleError
from ansible.module_utils.common.text.converters import to_text
from ansible.plugins.callback.default import CallbackModule as DefaultCallbackModule
from ansible.utils.display import Display

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine, EngineConfigError

WITHHELD = "[mlsec.mia_defense.redact_pii: output withheld, redaction failed]"

# Display methods whose first argument is the text to show.
_TEXT_METHODS = ("display", "banner", "warning", "error", "deprecated", "system_warning",
                 "v", "vv", "vvv", "vvvv", "vvvvv", "vvvvvv", "verbose", "debug")

_install_lock = threading.Lock()


def _load_config(path):
    if not path:
        return None
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except (IOError, OSError) as e:
        raise AnsibleError("redact_pii callback: cannot read config_file %s: %s" % (path, e)) from e
    text = to_text(raw, errors="surrogate_or_strict")
    try:
        data = json.loads(text)
    except ValueError:
        import yaml  # controller-side dependency of ansible-core
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            raise AnsibleError("redact_pii callback: config_file %s is not valid YAML or JSON: %s" % (path, e)) from e
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise AnsibleError("redact_pii callback: config_file %s must contain a dictionary" % path)
    return dict(data)


class _Redactor(object):
    """Fail-closed text and data redaction shared by the callback and the display hook."""

    def __init__(self, engine):
        self.engine = engine

    def text(self, msg):
        if not isinstance(msg, str) or not msg:
            return msg
        try:
            return self.engine.redact(str(msg))
        except Exception:  # fail closed: never show the unredacted line
            return WITHHELD

    def data(self, obj):
        try:
            return self.engine.redact_data(obj)
        except Exception:
            return {"msg": WITHHELD}


def _install_display_hook(display, redactor):
    """Redact the text argument of the (singleton) display's output methods.

    Instance attributes shadow the class methods, so Display's internal calls
    (``self.display(...)`` from banner/warning/error) go through the hook too, and so do
    messages proxied from worker processes (the strategy looks them up with getattr).
    """
    with _install_lock:
        if getattr(display, "_mlsec_redact_pii_hooked", False):
            display._mlsec_redact_pii_redactor = redactor
            return
        display._mlsec_redact_pii_redactor = redactor
        for name in _TEXT_METHODS:
            original = getattr(display, name, None)
            if original is None:
                continue
            setattr(display, name, _hooked(display, original))
        display._mlsec_redact_pii_hooked = True


def _hooked(display, original):
    def method(msg, *args, **kwargs):
        redactor = display._mlsec_redact_pii_redactor
        if isinstance(msg, str):
            msg = redactor.text(msg)
        return original(msg, *args, **kwargs)
    method.__name__ = getattr(original, "__name__", "display")
    return method


class CallbackModule(DefaultCallbackModule):
    """The default callback with task results and displayed text redacted by the PII engine."""

    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "stdout"
    CALLBACK_NAME = "mlsec.mia_defense.redact_pii"

    def __init__(self):
        super(CallbackModule, self).__init__()
        self._redactor = None

    def set_options(self, task_keys=None, var_options=None, direct=None):
        super(CallbackModule, self).set_options(task_keys=task_keys, var_options=var_options, direct=direct)
        config = _load_config(self.get_option("config_file"))
        try:
            engine = Engine(config=config)
        except EngineConfigError as e:
            raise AnsibleError("redact_pii callback: invalid PII engine config: %s" % e) from e
        self._redactor = _Redactor(engine)
        if self.get_option("redact_all_output"):
            display = self._display if isinstance(self._display, Display) else Display()
            _install_display_hook(display, self._redactor)

    def _get_redactor(self):
        if self._redactor is None:  # set_options() not called (should not happen with ansible-playbook)
            self._redactor = _Redactor(Engine(config=None))
        return self._redactor

    def _dump_results(self, result, indent=None, sort_keys=True, keep_invocation=False, serialize=True):
        redacted = self._get_redactor().data(result)
        return super(CallbackModule, self)._dump_results(
            redacted, indent=indent, sort_keys=sort_keys, keep_invocation=keep_invocation, serialize=serialize
        )

    def _get_diff(self, difflist):
        return self._get_redactor().text(super(CallbackModule, self)._get_diff(difflist))

    def _get_item_label(self, result):
        label = super(CallbackModule, self)._get_item_label(result)
        if isinstance(label, str):
            return self._get_redactor().text(label)
        return self._get_redactor().data(label)
