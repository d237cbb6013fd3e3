"""Follow-ups on autopilot: rules that act when something happens or time passes.

* :mod:`.events` — the hook services call after a save (``emit``).
* :mod:`.triggers`, :mod:`.conditions`, :mod:`.actions` — the three parts of a rule.
* :mod:`.rules` — storing and editing rules; :mod:`.engine` — running them.
* :mod:`.presets` — the rules shipped switched off; :mod:`.clock` — "now", replaceable in tests.
"""
