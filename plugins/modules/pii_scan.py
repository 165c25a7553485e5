#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: pii_scan
short_description: Scan files on managed hosts for personal data and secrets
version_added: 0.1.0
author:
  - mlsec.mia_defense developers (@mlsec)
description:
  - Scans files and directories on the managed host with the collection's PII engine. The engine
    looks for e-mail addresses, phone numbers, national IDs, payment cards, IBANs, person names,
    street addresses, dates of birth, credentials, API tokens and similar data.
  - Reports the number of findings by type and the files that have findings, with counts per
    type. It also lists skipped files and the reason for each skip.
  - B(The matched values are never returned). Only types, counts and file paths leave the host.
  - The module only reads files, so it never reports a change and runs the same way in check mode.
  - Runs on the managed host with the standard library only; the engine ships with the module.
extends_documentation_fragment:
  - mlsec.mia_defense._common
  - mlsec.mia_defense._common.info_module
options:
  paths:
    description:
      - Files or directories to scan.
      - A file named here is always scanned; O(include) and O(exclude) filter only the contents of
        directories.
    type: list
    elements: path
    required: true
    aliases: [path]
  recurse:
    description:
      - Descend into subdirectories of the directories in O(paths).
      - If V(false), only the files directly inside each directory are scanned.
    type: bool
    default: true
  include:
    description:
      - Shell-style glob patterns (C(fnmatch)). A file in a scanned directory is only scanned when
        its name or its path relative to that directory matches one of them.
      - An empty list scans every file.
    type: list
    elements: str
    default: []
  exclude:
    description:
      - Shell-style glob patterns matched against the name and the relative path of files and
        directories. Matching files are not scanned and matching directories are not entered.
      - Excluded files are not listed in RV(skipped).
    type: list
    elements: str
    default: []
  max_file_size:
    description:
      - Files larger than this are skipped with reason C(too_large).
      - Either a number of bytes or a size with a unit such as V(512K), V(10M) or V(1G).
    type: raw
    default: 10M
  follow:
    description:
      - Follow symbolic links to files and directories.
      - If V(false), symbolic links (including those given in O(paths)) are skipped with reason
        C(symlink). If V(true), directory loops are detected and skipped with reason C(loop).
    type: bool
    default: false
  config:
    description:
      - PII engine configuration, for example C(enabled_types), C(disabled_types),
        C(custom_patterns), C(deny_lists), C(allow_list), C(min_score), C(languages) or C(ner)
        (an installed spaCy pipeline). It is the
        same as the O(mlsec.mia_defense.redact_pii#filter:config)
        option of the P(mlsec.mia_defense.redact_pii#filter) filter.
      - An invalid configuration fails the task.
    type: dict
  fail_on_findings:
    description:
      - Fail the task when any finding is reported.
      - The failed result still contains the counts, file list and skipped list, and still no
        matched values.
    type: bool
    default: false
notes:
  - Binary files are skipped with reason C(binary). A file counts as binary when its first
    8 KiB contain a NUL byte, which also applies to UTF-16 text. Other text is decoded as UTF-8,
    and invalid bytes are replaced.
  - Devices, FIFOs and sockets are never opened. They are skipped with reason C(not_regular_file).
  - An unreadable file or directory does not fail the task. It is listed in RV(skipped) with reason
    C(unreadable).
  - File paths are returned as they are. If file names themselves can contain personal data,
    limit what gets logged, for example with the P(mlsec.mia_defense.redact_pii#callback)
    callback.
seealso:
  - plugin: mlsec.mia_defense.redact_pii
    plugin_type: filter
  - plugin: mlsec.mia_defense.pii_findings
    plugin_type: filter
  - plugin: mlsec.mia_defense.redact_pii
    plugin_type: callback
"""

EXAMPLES = r"""
- name: Scan application logs for PII
  mlsec.mia_defense.pii_scan:
    paths:
      - /var/log/model-server
    include:
      - "*.log"
      - "*.json"
    exclude:
      - "*.gz"
    max_file_size: 50M
  register: mia_pii_scan

- name: Show the counts by type
  ansible.builtin.debug:
    var: mia_pii_scan.counts

- name: Fail the play if exported datasets contain PII
  mlsec.mia_defense.pii_scan:
    paths: /srv/exports
    fail_on_findings: true

- name: Only look for credentials, API tokens and card numbers, plus a custom ID
  mlsec.mia_defense.pii_scan:
    paths: /etc/model-server
    config:
      enabled_types: [API_KEY, CREDIT_CARD, CUSTOMER_ID]
      custom_patterns:
        - name: customer id
          type: CUSTOMER_ID
          regex: "\\bCUST-[0-9]{8}\\b"
          score: 0.9
"""

RETURN = r"""
counts:
  description: Number of findings by entity type, over all scanned files.
  returned: always
  type: dict
  sample: {"EMAIL": 12, "US_SSN": 1}
findings_total:
  description: Total number of findings.
  returned: always
  type: int
  sample: 13
files:
  description: Files with at least one finding, sorted by path.
  returned: always
  type: list
  elements: dict
  contains:
    path:
      description: Path of the file.
      type: str
      sample: /var/log/model-server/requests.log
    counts:
      description: Number of findings by entity type in this file.
      type: dict
      sample: {"EMAIL": 11, "US_SSN": 1}
    total:
      description: Number of findings in this file.
      type: int
      sample: 12
  sample:
    - {"path": "/var/log/model-server/requests.log", "counts": {"EMAIL": 11, "US_SSN": 1}, "total": 12}
    - {"path": "/var/log/model-server/errors.log", "counts": {"EMAIL": 1}, "total": 1}
skipped:
  description:
    - Files and directories that were not scanned, with the reason.
    - RV(skipped[].reason) is one of C(not_found), C(symlink), C(loop), C(not_regular_file), C(too_large),
      C(binary), C(unreadable) or C(analysis_error).
  returned: always
  type: list
  elements: dict
  contains:
    path:
      description: Path of the skipped file or directory.
      type: str
      sample: /var/log/model-server/core.dump
    reason:
      description: Why it was skipped.
      type: str
      sample: binary
    detail:
      description: Extra information, such as the operating system error for C(unreadable).
      type: str
      returned: when available
      sample: Permission denied
  sample:
    - {"path": "/var/log/model-server/core.dump", "reason": "binary"}
    - {"path": "/var/log/model-server/secret.log", "reason": "unreadable", "detail": "Permission denied"}
files_scanned:
  description: Number of files that were read and analyzed.
  returned: always
  type: int
  sample: 42
bytes_scanned:
  description: Total size in bytes of the analyzed files.
  returned: always
  type: int
  sample: 1048576
"""

import errno
import fnmatch
import os
import stat

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_sizes import parse_size

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine, EngineConfigError

SNIFF_BYTES = 8192


class _Scan(object):

    def __init__(self, engine, include, exclude, max_size, follow, recurse):
        self.engine = engine
        self.include = include
        self.exclude = exclude
        self.max_size = max_size
        self.follow = follow
        self.recurse = recurse
        self.counts = {}
        self.files = []
        self.skipped = []
        self.files_scanned = 0
        self.bytes_scanned = 0
        self._seen_files = set()

    def skip(self, path, reason, detail=None):
        entry = {"path": path, "reason": reason}
        if detail:
            entry["detail"] = detail
        self.skipped.append(entry)

    @staticmethod
    def _matches(patterns, name, relpath):
        return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relpath, p) for p in patterns)

    def scan_path(self, path):
        try:
            lst = os.lstat(path)
        except OSError as e:
            if not os.path.lexists(path):
                self.skip(path, "not_found")
            else:
                self.skip(path, "unreadable", e.strerror)
            return
        if stat.S_ISLNK(lst.st_mode) and not self.follow:
            self.skip(path, "symlink")
            return
        try:
            st = os.stat(path)
        except OSError as e:
            self.skip(path, "not_found" if e.errno == errno.ENOENT else "unreadable", e.strerror)
            return
        if stat.S_ISDIR(st.st_mode):
            self.scan_dir(path)
        else:
            self.scan_file(path, st)

    def scan_dir(self, root):
        visited = set()
        stack = [root]
        while stack:
            current = stack.pop()
            try:
                st = os.stat(current)
            except OSError as e:
                self.skip(current, "unreadable", e.strerror)
                continue
            ident = (st.st_dev, st.st_ino)
            if ident in visited:
                self.skip(current, "loop")
                continue
            visited.add(ident)
            try:
                names = sorted(os.listdir(current))
            except OSError as e:
                self.skip(current, "unreadable", e.strerror)
                continue
            subdirs = []
            for name in names:
                full = os.path.join(current, name)
                rel = os.path.relpath(full, root)
                if self._matches(self.exclude, name, rel):
                    continue
                try:
                    lst = os.lstat(full)
                except OSError as e:
                    self.skip(full, "unreadable", e.strerror)
                    continue
                if stat.S_ISLNK(lst.st_mode):
                    if not self.follow:
                        self.skip(full, "symlink")
                        continue
                    try:
                        st_full = os.stat(full)
                    except OSError as e:
                        self.skip(full, "not_found" if e.errno == errno.ENOENT else "unreadable", e.strerror)
                        continue
                else:
                    st_full = lst
                if stat.S_ISDIR(st_full.st_mode):
                    if self.recurse:
                        subdirs.append(full)
                    continue
                if self.include and not self._matches(self.include, name, rel):
                    continue
                self.scan_file(full, st_full)
            stack.extend(reversed(subdirs))

    def scan_file(self, path, st):
        if not stat.S_ISREG(st.st_mode):
            self.skip(path, "not_regular_file")
            return
        ident = (st.st_dev, st.st_ino)
        if ident in self._seen_files:
            return
        self._seen_files.add(ident)
        if st.st_size > self.max_size:
            self.skip(path, "too_large", "%d bytes > max_file_size %d" % (st.st_size, self.max_size))
            return
        try:
            with open(path, "rb") as f:
                data = f.read(self.max_size + 1)
        except (IOError, OSError) as e:
            self.skip(path, "unreadable", e.strerror or str(e))
            return
        if len(data) > self.max_size:  # grew since stat()
            self.skip(path, "too_large", "more than max_file_size %d bytes" % self.max_size)
            return
        if b"\x00" in data[:SNIFF_BYTES]:
            self.skip(path, "binary")
            return
        text = data.decode("utf-8", "replace")
        try:
            findings = self.engine.analyze(text)
        except Exception as e:  # never let one file abort the scan; never echo the engine message
            self.skip(path, "analysis_error", type(e).__name__)
            return
        self.files_scanned += 1
        self.bytes_scanned += len(data)
        per_file = {}
        for finding in findings:
            per_file[finding.type] = per_file.get(finding.type, 0) + 1
        if per_file:
            for entity, count in per_file.items():
                self.counts[entity] = self.counts.get(entity, 0) + count
            self.files.append({"path": path, "counts": per_file, "total": sum(per_file.values())})


def main():
    module = AnsibleModule(
        argument_spec=dict(
            paths=dict(type="list", elements="path", required=True, aliases=["path"]),
            recurse=dict(type="bool", default=True),
            include=dict(type="list", elements="str", default=[]),
            exclude=dict(type="list", elements="str", default=[]),
            max_file_size=dict(type="raw", default="10M"),
            follow=dict(type="bool", default=False),
            config=dict(type="dict"),
            fail_on_findings=dict(type="bool", default=False),
        ),
        supports_check_mode=True,
    )
    params = module.params
    max_size = parse_size(module, "max_file_size", params["max_file_size"])

    try:
        engine = Engine(config=params["config"])
    except EngineConfigError as e:
        module.fail_json(msg="Invalid PII engine config: %s" % e)

    scan = _Scan(engine, params["include"], params["exclude"], max_size, params["follow"], params["recurse"])
    for path in params["paths"]:
        scan.scan_path(path)

    scan.files.sort(key=lambda entry: entry["path"])
    result = dict(
        changed=False,
        counts=scan.counts,
        findings_total=sum(scan.counts.values()),
        files=scan.files,
        skipped=scan.skipped,
        files_scanned=scan.files_scanned,
        bytes_scanned=scan.bytes_scanned,
    )
    if params["fail_on_findings"] and result["findings_total"]:
        module.fail_json(
            msg="Found %d PII finding(s) in %d file(s)" % (result["findings_total"], len(scan.files)), **result
        )
    module.exit_json(**result)


if __name__ == "__main__":
    main()
