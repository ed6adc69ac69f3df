"""The `evidence-kit` command line: where the vault, capture and export are put together."""
