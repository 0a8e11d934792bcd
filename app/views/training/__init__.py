"""培训考核: the trainer's page (sessions, attendance, the scoring grid, a provider's record)."""
