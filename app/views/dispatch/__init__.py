"""Smart dispatch on the desktop: the ranked assign dialog, its map, and the auto-dispatch page.

The server ranks and plans (``app.rules.dispatch`` is the one source of truth); these views show
its answers, let a dispatcher pick by keyboard, and send the result (single assignments through
the Outbox, a batch plan as one atomic apply).
"""
