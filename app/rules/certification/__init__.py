"""Provider certification (资质审核): per-kind periods, the review state machine, four-eyes,
pre-review findings, decision reasons and the expiry watch.

Modules are imported by name (``app.rules.certification.validity`` ...) rather than re-exported
here: dispatch eligibility imports ``validity`` while ``watch`` imports dispatch eligibility, so
this package must not import its modules eagerly.
"""
