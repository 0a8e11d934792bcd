"""Shangmen Desk (上门服务运营台): back office for on-site home services in Beijing."""

__version__ = "0.1.0"
API_VERSION = 1
