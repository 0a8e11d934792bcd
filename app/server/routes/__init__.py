"""Thin HTTP routes: parse, check the role, call one service, shape the answer."""
