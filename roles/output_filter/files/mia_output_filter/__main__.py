# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m mia_output_filter`` entry point."""
import sys

from .cli import main

sys.exit(main())
