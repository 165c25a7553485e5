# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mia_output_filter: the output filter between the nginx gateway and the model server.

The role installs this package next to copies of the collection's PII engine
(``_mia_engine/``) and confidence hardening (``_mia_hardening.py``), taken from
``plugins/module_utils`` at deploy time; the package imports them as subpackages.
"""
import os

__version__ = "1.0.0"

# Set before any module imports numpy (the detector, the batch hardening): the filter's matrix
# products are small, and BLAS worker threads spinning beside the event loop only add contention.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
