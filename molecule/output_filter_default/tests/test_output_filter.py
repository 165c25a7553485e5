"""output_filter_default: role defaults in front of the demo model, over real HTTP."""
from output_filter_checks import *  # noqa: F401,F403  (shared behavioural checks)
