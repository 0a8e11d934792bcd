"""The API's request and response types, shared by the server and the desktop client.

One module per resource (``orders``, ``complaints``, ``dispatch``, ``sanctions``, ``customers``,
``users``, ``audit``, ``auth``, ``changes``, ``meta``) plus ``common`` for the annotated field
types, paging, reasons and the error envelope. The server's routes declare these as their
request bodies and ``response_model`` (so /openapi.json is what is sent); ``app.client`` parses
answers into the same classes, so a change of format shows on both sides at once.

Pure pydantic v2: nothing here imports FastAPI, Starlette, SQLAlchemy, Qt or either side of the
wire (an import-linter contract in pyproject.toml keeps it so). Path and query parameter
declarations, which need FastAPI, live with the server in ``app.server.routes.params``.
"""
