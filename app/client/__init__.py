"""The desktop's link to the server, without widgets: API client, sync engine, outbox, tokens."""
