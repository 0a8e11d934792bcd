"""One translation catalogue for desktop, PDFs and API (the Qt .ts files, read without Qt)."""
