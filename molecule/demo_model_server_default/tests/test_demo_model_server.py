from demo_model_server_checks import *  # noqa: F401,F403  (shared behavioural checks)
