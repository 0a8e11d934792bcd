"""The REST backend: FastAPI routes (thin) -> services (one transaction each) -> models."""
