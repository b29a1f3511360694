"""USB exchange between a branch and its township (数据交换).

- ``keys``: this file's Ed25519 signing key and X25519 key, fingerprints.
- ``package``: the one-file package format (a zip), written byte for byte
  the same way every time so that any changed byte is noticed.
- ``personal``: 身份证号 and 手机号码 sealed to the township's key.
- ``peers``: the other side's keys, sequences, receipts, inbox and outbox.
- ``export``: writing the next package to a stick.
- ``verify``: every check before anything changes; ``apply``: what would
  change, then one transaction.
- ``directives``: what the township sends down (themes, plans, notices,
  returned records); ``township``: the township's view of its branches.

Nothing here imports Qt; submodules are imported where they are used.
"""
