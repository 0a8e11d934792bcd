"""Business rules as pure functions: no I/O, no Qt, no HTTP, no clock reads.

Time is always a parameter. Server (authoritative) and client (to explain) call the same code.
"""
